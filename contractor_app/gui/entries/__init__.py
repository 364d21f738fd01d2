"""The Entries view and the entry tables it shares with Today: columns, models, cell editors."""
