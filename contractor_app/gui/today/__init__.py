"""The Today view: the timer bar, today's entries and the quick add form."""
