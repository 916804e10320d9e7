"""Taking back what articles imported."""
from .types import UndoResult


def undo_import(articles) -> UndoResult:
    """Remove the articles' evidence and unresolved conflicts, then every record they
    touched that is left with no evidence and that no one reviewed or edited
    (review_status == imported) and that nothing kept still hangs on. The articles stay,
    marked not imported. One transaction."""
    raise NotImplementedError
