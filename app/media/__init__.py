"""Adapters to outside tools: ffmpeg, PyAV probing, QPainter overlays, Whisper engines."""
