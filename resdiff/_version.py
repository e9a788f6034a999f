"""resdiff's version, in a module that imports nothing, so that any stage can name it."""

__version__ = "0.1.0"
