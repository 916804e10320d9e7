"""Hand-built Extractions for the importer's tests: the importer is tested on what the
extractor's contract allows, independently of how well the extractor reads."""
from summits.extraction.types import (
    ArticleInfo, DocumentItem, Evidence, Extraction, MeetingItem, ParticipantItem, PartialDate, SummitItem,
)
from summits.importing import IncomingText, add_article


def day(iso):
    return PartialDate.parse(iso)


def article_with(*sentences, title="Test article"):
    """A stored article whose body is these sentences, one per line."""
    article, _ = add_article(IncomingText(name="test.txt", text="\n".join(sentences), title=title))
    return article


def said(article, sentence):
    """Evidence for a sentence of the article's body, with its real offsets."""
    start = article.body.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def extraction(article, *, summits=(), meetings=(), participants=(), documents=()):
    return Extraction(
        article=ArticleInfo(title=article.title, language="en"), summits=tuple(summits), meetings=tuple(meetings),
        participants=tuple(participants), documents=tuple(documents), text=article.body,
    )


def summit(sid="s1", name="32nd ASEAN Summit", *, start="2018-04-27", end="2018-04-28", org="ASEAN", ordinal=32,
           country="SG", evidence=None, **more):
    return SummitItem(
        id=sid, name=name, start=day(start) if start else None, end=day(end) if end else None, organization=org,
        ordinal=ordinal, country=country, evidence=evidence, **more,
    )


def meeting(mid, name, kind, start, *, summit="s1", evidence=None, **more):
    return MeetingItem(id=mid, name=name, kind=kind, start=day(start), summit=summit, evidence=evidence, **more)


def person(name, country="ID", *, aliases=(), events=(), title=None, evidence=None, **more):
    return ParticipantItem(name=name, country=country, aliases=tuple(aliases), events=tuple(events), title=title,
                           evidence=evidence, **more)


def document(title, *, summit="s1", status="expected", kind="statement", evidence=None, **more):
    return DocumentItem(title=title, summit=summit, status=status, kind=kind, evidence=evidence, **more)
