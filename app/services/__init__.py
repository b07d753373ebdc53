"""Use cases combining core, store and media; the GUI and the CLI both call these."""
