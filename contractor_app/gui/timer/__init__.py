"""The live timer: its state for the views, the bar on Today, and the forgotten-timer question."""
