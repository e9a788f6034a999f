"""The default input limits, as plain numbers: :class:`resdiff.model.Limits` takes its
defaults from here, and the command line quotes them in its help without importing the
model (and pydantic) for ``resdiff --version``."""

#: Bytes one input may hold (a file, standard input, a string or bytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

#: Clauses one draft may hold, paragraphs and sub-paragraphs together.
DEFAULT_MAX_PARAGRAPHS = 20_000

#: Bytes the parts of a Word package may unpack to, together: a printed resolution's
#: document.xml is well under a megabyte, and every part read is parsed whole.
DEFAULT_MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024

#: Paragraph elements (``w:p``) one Word document may hold, empty ones and those in
#: tables, text boxes and notes included: ten times the 20,000 paragraphs a draft may
#: have (empty paragraphs are no clauses, so the draft's own limit never sees them).
DEFAULT_MAX_DOCX_PARAGRAPHS = 200_000

#: XML elements the parts of a Word package read may hold, together. The largest Word
#: resolution seen (a PDF converted to Word, each line in its own frame) has about 71,000
#: in 2.5 MB of XML; every element costs memory whatever its name (an empty one, 4 bytes
#: of XML, about 130 bytes parsed).
DEFAULT_MAX_DOCX_ELEMENTS = 2_000_000

#: Pages one PDF may hold. Resolutions run to a few dozen pages; the longest reports with
#: annexes to a few hundred.
DEFAULT_MAX_PDF_PAGES = 2_000

#: Characters read from one PDF (about 3,000 a printed page): a small file can inflate to
#: far more text than any document holds.
DEFAULT_MAX_PDF_CHARS = 20_000_000

#: Characters read from one page of a PDF. A page of a resolution holds about 3,000; a
#: landscape annex table in small type some 15,000. Each character is held with its box
#: until the page is laid out (about 550 bytes): a 32 KB file drawing 8 million 1-point
#: glyphs on one page took 4.4 GB.
DEFAULT_MAX_PDF_PAGE_CHARS = 200_000

#: Characters of the longest text a memo keyed by text remembers (the reader's per-line
#: tests, the lexicon's lowered and keyed texts, the bracket folds, the mandate
#: references). The memos pay for texts asked about again and again: a running header, a
#: hostile line repeated thousands of times, a paragraph read by a hundred features. A
#: text longer than this is worked out anew each time (the work is linear in it) rather
#: than kept: a long-running process comparing drafts of one 2.5 MB paragraph kept 22 MB
#: after each comparison, the paragraph and its lowered copies held by five memos. The
#: longest paragraph of a printed resolution, its sub-paragraphs included, is a few
#: thousand characters; so a memo of 8,192 entries holds at most about 80 MB of ASCII text
#: (four times that in the widest characters), and in use a few.
LONGEST_REMEMBERED = 10_000
