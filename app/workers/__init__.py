"""Qt glue without widgets: background jobs reporting through signals, cancellation."""
