"""The text of an iCalendar file (RFC 5545) for the calendar export, written line by line.

icalendar 7 builds a property object for every value and folds every line one character
at a time: about 0.4 ms an event, 2.2 s for the 5,000 events of the latest 500 summits
at 10,000, paid again after each import. The export writes one kind of component with a
dozen properties, so their lines are a few string operations here, in the property order
icalendar writes; the tests read the file back with icalendar.
"""
import datetime as dt

SEGMENT_OCTETS = 74  # RFC 5545 3.1: lines of 75 octets at most, a continuation's space included
CRLF = "\r\n"


def text(value):
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    )


def date(day):
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def utc_stamp(moment):
    moment = moment.astimezone(dt.timezone.utc)
    return f"{date(moment)}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"


def fold(line):
    """Split a content line into segments of SEGMENT_OCTETS octets, never inside a UTF-8
    character nor right after the backslash of an escape (some clients choke on that)."""
    if len(line) <= SEGMENT_OCTETS and line.isascii():
        return line
    data = line.encode("utf-8")
    segments, start = [], 0
    while len(data) - start > SEGMENT_OCTETS:
        end = start + SEGMENT_OCTETS
        while data[end] & 0xC0 == 0x80:  # a continuation byte: back to the character's start
            end -= 1
        if data[end - 1] == 0x5C and end - 1 > start:  # "\": keep it with the letter it escapes
            end -= 1
        segments.append(data[start:end].decode("utf-8"))
        start = end
    segments.append(data[start:].decode("utf-8"))
    return (CRLF + " ").join(segments)


def event_lines(uid, summary, first, after, stamp, description, location, status, url, related_to=""):
    """The lines of one all-day VEVENT (DTEND exclusive); `stamp` is utc_stamp() once for all.
    Values are raw strings, escaped here; `url` is a URI and is not."""
    lines = [
        "BEGIN:VEVENT",
        fold("SUMMARY:" + text(summary)),
        "DTSTART;VALUE=DATE:" + date(first),
        "DTEND;VALUE=DATE:" + date(after),
        "DTSTAMP:" + stamp,
        fold("UID:" + text(uid)),
        fold("DESCRIPTION:" + text(description)),
    ]
    if location:
        lines.append(fold("LOCATION:" + text(location)))
    if related_to:
        lines.append(fold("RELATED-TO:" + text(related_to)))
    lines += ["STATUS:" + status, "TRANSP:TRANSPARENT", fold("URL:" + url), "END:VEVENT"]
    return lines


def calendar(header, events):
    """The whole file as bytes: `header` is [(name, TEXT value)] of the VCALENDAR, `events`
    an iterable of event_lines() lists."""
    lines = ["BEGIN:VCALENDAR", *(fold(f"{name}:{text(value)}") for name, value in header)]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return (CRLF.join(lines) + CRLF).encode("utf-8")
