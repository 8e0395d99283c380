"""A letter box is the folder of its first list page, left to the media spider; a box at the root is only its page."""
from crawler.media.scope import box_prefixes


def test_a_box_is_its_list_pages_folder_once_however_it_is_spelled():
    assert box_prefixes(["http://www.dingnan.invalid/hdjl/xzxx/index.html",
                         "http://www.dingnan.invalid/hdjl/zxts/list.jsp?page=1",
                         "http://www.dingnan.invalid/hdjl/xzxx/index_1.html#top"]) == (
        "http://www.dingnan.invalid/hdjl/xzxx/", "http://www.dingnan.invalid/hdjl/zxts/")


def test_a_box_at_the_sites_root_is_only_its_own_page():
    assert box_prefixes(["http://www.dingnan.invalid/letter.jsp?box=1"]) == (
        "http://www.dingnan.invalid/letter.jsp?box=1",)
