"""Statistics, bulletin, alerts, scheduler and the command line of portal-monitor."""
