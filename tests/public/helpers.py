"""Reading the schedule's HTML the way a reader scans it: by month section."""
import html as html_lib
import re


def month_sections(html):
    """{"April 2018": "<section html>", ...} for every month heading on the page; a
    month that appears in two sections (upcoming and earlier) keeps both."""
    sections = {}
    for chunk in html.split('<section class="month"')[1:]:
        heading = re.search(r"<h3[^>]*>(.*?)</h3>", chunk, re.S).group(1).strip()
        sections[heading] = sections.get(heading, "") + chunk.split("</section>")[0]
    return sections


def summit_names(html):
    return [html_lib.unescape(name) for name in re.findall(r"<h[45]><a href=\"/summits/[^\"]+/\">(.*?)</a>", html)]


def text_of(html):
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
    return html_lib.unescape(re.sub(r" ([,.;:])", r"\1", text))
