"""The default input limits, as plain numbers: :class:`resdiff.model.Limits` takes its
defaults from here, and the command line quotes them in its help without importing the
model (and pydantic) for ``resdiff --version``."""

#: Bytes one input may hold (a file, standard input, a string or bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

#: Clauses one draft may hold, paragraphs and sub-paragraphs together.
DEFAULT_MAX_PARAGRAPHS = 20_000
