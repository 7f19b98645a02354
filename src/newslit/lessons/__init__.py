"""One thin module per lesson: the exercises it asks, built from the views and the case's key."""
