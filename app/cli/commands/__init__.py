"""One module per feature; each defines `register(subparsers)`."""
