"""A tiny random-weight CTranslate2 Whisper model for faster-whisper, made offline.

No download and no `transformers`: the weights fill ctranslate2's own `WhisperSpec` with
small random arrays (shapes as ctranslate2's transformers converter produces them), the
vocabulary is Whisper's multilingual layout (regular tokens, <|endoftext|>, the start and
language tokens, the task tokens, 1501 timestamps) and tokenizer.json is a byte-level BPE
built with the `tokenizers` package. Its text is garbage; its structure is real.
"""

from __future__ import annotations

import itertools
import json
import string
from pathlib import Path

import numpy as np

N_VOCAB = 51865  # multilingual Whisper (ctranslate2 calls a model multilingual from this size)
N_MELS, AUDIO_CTX, TEXT_CTX = 80, 1500, 448
D_MODEL, FFN, HEADS = 64, 128, 2


def _vocabulary() -> tuple[list[str], list[str]]:
    """(all tokens by id, the special ones)."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES
    from tokenizers.pre_tokenizers import ByteLevel

    byte_chars = sorted(ByteLevel.alphabet())  # the 256 characters standing for the bytes
    languages = [f"<|{code}|>" for code in _LANGUAGE_CODES if code != "yue"]  # 99 before v3
    specials = [
        "<|endoftext|>",
        "<|startoftranscript|>",
        *languages,
        "<|translate|>",
        "<|transcribe|>",
        "<|startoflm|>",
        "<|startofprev|>",
        "<|nocaptions|>",
        "<|notimestamps|>",
    ]
    timestamps = [f"<|{i * 0.02:.2f}|>" for i in range(1501)]
    n_regular = N_VOCAB - len(specials) - len(timestamps)
    # An empty token is in every multilingual Whisper vocabulary (never in an English-only
    # one): ctranslate2 tells the two kinds apart by it.
    regular = [*byte_chars, ""]
    letters = string.ascii_lowercase
    for size in itertools.count(2):  # fill with letter groups (each a valid byte string)
        for combo in itertools.product(letters, repeat=size):
            if len(regular) == n_regular:
                break
            regular.append("".join(combo))
        if len(regular) == n_regular:
            break
    return [*regular, *specials, *timestamps], specials + timestamps


def _tokenizer_json(tokens: list[str], specials: list[str]) -> str:
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    n_regular = len(tokens) - len(specials)
    vocab = {token: i for i, token in enumerate(tokens[:n_regular])}
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens([AddedToken(t, special=True) for t in specials])
    return tokenizer.to_str()


def _output_bias(ids: dict[str, int]) -> np.ndarray:
    """Random weights alone end most windows at once (nothing to test): a bias towards a
    few ordinary tokens makes the model say something in every window."""
    bias = np.zeros(N_VOCAB, dtype=np.float32)
    for token in ("ka", "ta", "ma", "sa"):
        bias[ids[token]] = 6.0
    return bias


def build_tiny_ct2_model(folder: Path, seed: int = 0) -> Path:
    from ctranslate2.specs import whisper_spec

    rng = np.random.default_rng(seed)

    def w(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    def zeros(n: int) -> np.ndarray:
        return np.zeros(n, dtype=np.float32)

    def norm(spec) -> None:
        spec.gamma, spec.beta = np.ones(D_MODEL, dtype=np.float32), zeros(D_MODEL)

    def linear(spec, out_dim: int, in_dim: int) -> None:
        spec.weight, spec.bias = w(out_dim, in_dim), zeros(out_dim)

    def ffn(spec) -> None:
        norm(spec.layer_norm)
        linear(spec.linear_0, FFN, D_MODEL)
        linear(spec.linear_1, D_MODEL, FFN)

    tokens, specials = _vocabulary()
    spec = whisper_spec.WhisperSpec(1, HEADS, 1, HEADS)
    enc = spec.encoder
    enc.conv1.weight, enc.conv1.bias = w(D_MODEL, N_MELS, 3), zeros(D_MODEL)
    enc.conv2.weight, enc.conv2.bias = w(D_MODEL, D_MODEL, 3), zeros(D_MODEL)
    enc.position_encodings.encodings = w(AUDIO_CTX, D_MODEL)
    norm(enc.layer_norm)
    for layer in enc.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)  # fused q, k, v
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    dec = spec.decoder
    dec.embeddings.weight = w(N_VOCAB, D_MODEL)
    dec.position_encodings.encodings = w(TEXT_CTX, D_MODEL)
    norm(dec.layer_norm)
    dec.projection.weight = dec.embeddings.weight  # tied, as in Whisper
    for layer in dec.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)  # queries
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)  # fused keys, values
        linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    ids = {token: i for i, token in enumerate(tokens)}
    dec.projection.bias = _output_bias(ids)
    config = spec.config
    config.suppress_ids = []
    config.suppress_ids_begin = [ids["<|endoftext|>"]]
    config.lang_ids = [ids[t] for t in specials[2:101]]  # the 99 language tokens
    config.alignment_heads = [(0, h) for h in range(HEADS)]
    spec.register_vocabulary(tokens)
    spec.validate()
    spec.optimize(quantization=None)
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))
    (folder / "tokenizer.json").write_text(_tokenizer_json(tokens, specials), encoding="utf-8")
    (folder / "preprocessor_config.json").write_text(
        json.dumps({"feature_size": N_MELS, "sampling_rate": 16000}), encoding="utf-8"
    )
    return folder
