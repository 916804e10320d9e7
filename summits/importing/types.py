"""The values the import service hands its callers (admin, command, tasks)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


class ImportInputError(Exception):
    """Input that cannot become an article: the message is for the user (it names the
    file and says what is wrong), never a traceback."""

    def __init__(self, message: str, *, name: str | None = None):
        super().__init__(message)
        self.name = name


@dataclass
class IncomingText:
    """One article's text as read from a paste, a file or a zip member, before it is stored."""

    name: str  # what the user knows it by: "upload.zip/a.txt"; never used as a path
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()  # the page's byline


@dataclass
class ProposedConflict:
    """A value from the article that disagrees with (or would change) a record's value."""

    field: str
    current: str
    proposed: str
    on_file: bool = False  # the same disagreement is already filed: the article joins its sources


@dataclass
class PlannedChange:
    """What importing an article does to one record.

    action: "create" (a new record), "merge" (an existing record gains this article as a
    source, and maybe empty fields or more precise dates), "conflict" (an existing record
    whose value disagrees: kept, and the disagreement filed as a Conflict) or "unchanged"
    (the article is already a source and nothing differs: a re-import).
    kind: "summit", "meeting", "participant", "attendance" or "document".
    """

    action: str
    kind: str
    label: str  # "32nd ASEAN Summit", "Joko Widodo at Plenary session"
    detail: str  # human summary: "matches 32nd ASEAN Summit — adds this article as a source; sets city"
    sentence: str  # the evidence sentence from the article ("" if the extractor gave none)
    record: Any = None  # the model instance (unsaved when action == "create")
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (old, new) applied
    conflicts: list[ProposedConflict] = field(default_factory=list)


@dataclass
class ImportPlan:
    """A dry run of importing one article: nothing has been written."""

    article: Any
    changes: list[PlannedChange] = field(default_factory=list)
    error: str = ""  # set when the article could not be read (the plan is then empty)
    warnings: list[str] = field(default_factory=list)  # what the editor can mend first (no publication date)

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    def by_kind(self, action: str) -> Counter:
        return Counter(change.kind for change in self.changes if change.action == action)


@dataclass
class ImportResult:
    """What importing one article did. `error` is set (and nothing written) when it failed."""

    article: Any
    created: Counter = field(default_factory=Counter)  # kind -> records created
    merged: Counter = field(default_factory=Counter)  # kind -> existing records it became a source of
    conflicts: int = 0  # Conflict rows filed
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def changed_nothing(self) -> bool:
        return self.ok and not self.created and not self.conflicts and not any(self.merged.values())


@dataclass
class UndoResult:
    """What undoing some articles' imports removed and what it kept."""

    evidence_removed: int = 0
    conflicts_removed: int = 0
    removed: Counter = field(default_factory=Counter)  # kind -> records deleted (no source left)
    kept: Counter = field(default_factory=Counter)  # kind -> records kept (other sources, or reviewed)
