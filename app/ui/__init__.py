"""Widgets only, one package per screen; talks to services and workers, never to store/media."""
