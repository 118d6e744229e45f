"""
View: the self-contained HTML report page and the per-event notebook view.

The page is one file that loads nothing: its only resource is an inline ``<style>``
allowed by a ``Content-Security-Policy`` meta tag through the style's SHA-256 hash;
``default-src 'none'`` forbids every script, frame, font, connection and remote image.
Article text is hostile input: every string taken from a report goes through
``html.escape(..., quote=True)``, and only ``http``/``https`` article URLs become links.

Navigation needs no script: the overview links to one section per event (``#event-…``),
each finding has an anchor (``#finding-…``), and each claim card one (``#claim-…``);
long claim lists fold into ``<details>``, open when the finding is not consistent.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from claimrec.model import Claim, CountClaim, Document, Event, Finding, ResponsibilityClaim
from claimrec.report.excerpt import (
    ELLIPSIS,
    SENTENCE_LIMIT,
    SentenceLocator,
    excerpt,
    locate,
)
from claimrec.report.safety import html_text, safe_url
from claimrec.report.text import event_title, plural
from claimrec.report.theme import ATTRIBUTION_LABELS, FLAG_COLOURS, MUTED, VERDICT_COLOURS

if TYPE_CHECKING:
    from claimrec.report.core import Report

__all__ = [
    "ATTRIBUTION_LABELS",
    "FLAG_COLOURS",
    "VERDICT_COLOURS",
    "claim_anchor",
    "distinct_titles",
    "event_anchor",
    "finding_anchor",
    "highlight",
    "render_event",
    "render_page",
]

_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")
_CSS: Final = (
    """
:root{--fg:#1d2939;--muted:__MUTED__;--line:#d0d5dd;--bg:#fff;--soft:#f2f4f7;
--ok:__OK__;--bad:__BAD__;--evo:__EVO__;--unatt:__UNATT__;--focus:#1849a9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
main,header.page,footer{max-width:64rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .5rem}
h3{font-size:1.05rem;margin:0}
a{color:#1849a9}
a:focus-visible,summary:focus-visible,section:focus-visible{outline:3px solid var(--focus);
outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.muted{color:var(--muted)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--soft)}
.verdict{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.v-consistent{color:var(--ok)}.v-conflicting{color:var(--bad)}.v-evolving{color:var(--evo)}
.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;
padding:.75rem 1rem;margin:.75rem 0}
.fv-consistent{border-left-color:var(--ok)}.fv-conflicting{border-left-color:var(--bad)}
.fv-evolving{border-left-color:var(--evo)}
.finding p{margin:.35rem 0}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;
margin:.5rem 0}
.sides>div{border:2px dashed var(--bad);border-radius:6px;padding:.5rem}
.vs{font-weight:700;color:var(--bad)}
.claim{list-style:none;border-top:1px solid var(--line);padding:.6rem 0}
.claim:target{background:#eef4ff;outline:3px solid var(--focus);outline-offset:2px}
ol.claims{padding:0;margin:0}
.claim .what{font-weight:600}
.sentence{margin:.3rem 0;padding:.4rem .6rem;background:var(--soft);border-radius:4px;
overflow-wrap:anywhere}
mark{background:#fde68a;color:inherit;padding:0 .1em;border-radius:2px}
.chain{display:inline;padding:0;margin:0}
.chain li{display:inline}
.chain li+li::before{content:" \\2192  ";color:var(--muted)}
.flag{display:inline-block;font-size:.75rem;border:1px solid currentColor;border-radius:999px;
padding:0 .5em;margin:0 .25em .1em 0;white-space:nowrap}
.f-unattributed{color:var(--unatt);font-weight:700}.f-contested{color:var(--bad)}
.f-superseded{color:var(--evo)}.f-corroborated{color:var(--ok)}.f-single_source{color:var(--muted)}
details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
.estimates{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
.doc{font-size:.9rem}
@media (max-width:40rem){body{font-size:15px}th,td{padding:.3rem}.finding{padding:.5rem .6rem}
table.events,table.events caption,table.events tbody,table.events tr,table.events td{
display:block;width:auto;text-align:left}
table.events thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.events tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.events td{border:0;padding:.1rem .3rem}
table.events td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}}
@media print{details{display:block}}
""".replace("__OK__", VERDICT_COLOURS["consistent"])
    .replace("__BAD__", VERDICT_COLOURS["conflicting"])
    .replace("__EVO__", VERDICT_COLOURS["evolving"])
    .replace("__UNATT__", FLAG_COLOURS["unattributed"])
    .replace("__MUTED__", MUTED)
)


def _esc(value: object) -> str:
    return html_text(value)


def _slug(text: str) -> str:
    return _UNSAFE_ID.sub("-", text).strip("-") or "x"


def event_anchor(event_id: str) -> str:
    """
    The fragment id of an event's section.

    >>> event_anchor("ev-1a2b")
    'event-ev-1a2b'
    """
    return f"event-{_slug(event_id)}"


def claim_anchor(claim_id: str) -> str:
    """
    The fragment id of a claim's card; characters unsafe in ids become dashes.

    >>> claim_anchor("004:c3")
    'claim-004-c3'
    """
    return f"claim-{_slug(claim_id)}"


def finding_anchor(finding: Finding) -> str:
    """
    The fragment id of a finding.

    >>> from claimrec.model import Finding
    >>> finding_anchor(Finding(event="ev-1", measure="injured", group="us", verdict="consistent"))
    'finding-ev-1-injured-us'
    """
    return f"finding-{_slug(finding.event)}-{_slug(finding.measure)}-{_slug(finding.group)}"


def highlight(claim: Claim, text: str = "", *, sentence_start: int | None = None) -> str:
    """
    The claim's sentence as escaped HTML with the claimed span inside ``<mark>``.

    The span indexes *text* (the document's text); when the sentence cannot be placed
    in *text*, the span's words are looked up in the sentence itself; when neither
    works, the sentence is shown whole without a mark. A sentence longer than
    ``excerpt.SENTENCE_LIMIT`` is shown as a bounded excerpt around the mark (cut ends
    shown as ``…``), so a page grows linearly with its input.

    Args:
        claim: The claim whose sentence to show.
        text: The text of the claim's document.
        sentence_start: Where the sentence starts in *text*, when the caller has placed
            it already (``excerpt.SentenceLocator``); otherwise it is searched for.

    Returns:
        Safe HTML: every character of the article is escaped.

    >>> from claimrec.testing import count_claim
    >>> doc = "Police said <b>two</b> died. Seven were hurt."
    >>> c = count_claim(sentence="Seven were hurt.", span=(29, 34))
    >>> highlight(c, doc)
    '<mark>Seven</mark> were hurt.'
    >>> highlight(count_claim(sentence="Police said <b>two</b> died.", span=(15, 18)), doc)
    'Police said &lt;b&gt;<mark>two</mark>&lt;/b&gt; died.'
    """
    sentence = claim.sentence
    start, end = claim.span
    at = sentence_start if sentence_start is not None else locate(claim, text)
    if at is not None:
        a, b = start - at, end - at
    else:
        phrase = text[start:end] if 0 <= start < end <= len(text) else ""
        a = sentence.find(phrase) if phrase else -1
        b = a + len(phrase)
    if not sentence:
        sentence, a, b = (text[start:end], 0, end - start) if text else ("", -1, -1)
    if a < 0 or b <= a or b > len(sentence):
        return _esc(excerpt(sentence, 0, 0)[0])
    b = min(b, a + SENTENCE_LIMIT)  # an excerpt keeps at most this much of a span
    shown, cut = excerpt(sentence, a, b)
    head = ELLIPSIS if cut > 0 else ""
    body = shown[len(head) :]
    a, b = a - cut, b - cut
    return f"{_esc(shown[: len(head) + a])}<mark>{_esc(body[a:b])}</mark>{_esc(body[b:])}"


def _claim_what(claim: Claim) -> str:
    if isinstance(claim, CountClaim):
        scope = "" if claim.scope == "event" else f" ({claim.scope})"
        return f"{claim.quantity} {claim.measure} — {claim.subject or claim.group} [{claim.group}]{scope}"
    if isinstance(claim, ResponsibilityClaim):
        stance = claim.stance.replace("_", " ")
        return f"responsibility {stance}" + (f": {claim.actor}" if claim.actor else "")
    return "claim"


def _chain_html(claim: Claim) -> str:
    att = claim.attribution
    links = list(att.chain) or ([att.source] if att.source else [])
    kind = ATTRIBUTION_LABELS.get(att.kind, att.kind)
    if not links:
        return f"<span class='muted'>{_esc(kind)}</span>"
    items = "".join(f"<li>{_esc(s)}</li>" for s in links)
    return (
        f"<ol class='chain' aria-label='attribution chain, outermost first'>{items}</ol> "
        f"<span class='muted'>({_esc(kind)})</span>"
    )


def _flags_html(flags: Iterable[str]) -> str:
    return "".join(
        f"<span class='flag f-{_slug(f)}'>{_esc(f.replace('_', ' '))}</span>" for f in flags
    )


def _safe_url(url: str | None) -> str | None:
    return safe_url(url)


def _doc_html(doc: Document | None, doc_id: str) -> str:
    if doc is None:
        return f"<span class='doc muted'>document {_esc(doc_id)}</span>"
    parts = [f"<cite>{_esc(doc.title or doc.id)}</cite>"]
    if doc.outlet:
        parts.append(_esc(doc.outlet))
    parts.append(_esc(doc.published.isoformat()) if doc.published else "undated")
    parts.append(f"<span class='muted'>{_esc(doc.id)}</span>")
    url = _safe_url(doc.url)
    if url is not None:
        parts.append(f"<a href='{_esc(url)}' rel='noopener noreferrer nofollow'>source</a>")
    return "<span class='doc'>" + " · ".join(parts) + "</span>"


def distinct_titles(report: Report) -> dict[str, str]:
    """
    Each event's title, told apart from the others' when two events share one.

    A title is the event's kind, place and date; two events it cannot tell apart (the
    same kind at the same place, both undated, say) get their first report's date
    and their id after it.

    Args:
        report: The report.

    Returns:
        Event id to title.

    >>> import claimrec as cr
    >>> from claimrec.report import Report
    >>> two = Report(documents=(), events=(cr.Event(id="ev-1"), cr.Event(id="ev-2")),
    ...              claims=(), findings=(), document_event={}, claim_event={})
    >>> distinct_titles(two)["ev-2"]
    'event at an unknown place, undated · first reported undated · ev-2'
    """
    titles = {e.id: event_title(report, e) for e in report.events}
    shared = Counter(titles.values())
    published = {d.id: d.published for d in report.documents}
    for e in report.events:
        if shared[titles[e.id]] > 1:
            days = sorted(d for i in e.documents if (d := published.get(i)) is not None)
            first = days[0].isoformat() if days else "undated"
            titles[e.id] = f"{titles[e.id]} · first reported {first} · {e.id}"
    return titles


class _Page:
    """Lookups and anchor bookkeeping for one rendering."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.docs = {d.id: d for d in report.documents}
        self.claims = {c.id: c for c in report.claims}
        self.anchored: set[str] = set()
        self.by_event: dict[str, list[Finding]] = defaultdict(list)
        for f in report.findings:
            self.by_event[f.event].append(f)
        self.titles = distinct_titles(report)
        self.where = SentenceLocator({d.id: d.text for d in report.documents}, report.claims)

    def title(self, event: Event) -> str:
        return self.titles.get(event.id) or event_title(self.report, event)

    def text_of(self, claim: Claim) -> str:
        doc = self.docs.get(claim.document)
        return doc.text if doc is not None else ""

    def quote(self, claim: Claim) -> str:
        """The claim's sentence, highlighted, its place in the text searched for once."""
        return highlight(claim, self.text_of(claim), sentence_start=self.where(claim))

    def card(self, claim: Claim, *, tag: str = "li") -> str:
        anchor = claim_anchor(claim.id)
        id_attr = ""
        if anchor not in self.anchored:
            self.anchored.add(anchor)
            id_attr = f" id='{_esc(anchor)}' tabindex='-1'"
        return (
            f"<{tag} class='claim'{id_attr}>"
            f"<div class='what'>{_esc(_claim_what(claim))}</div>"
            f"<div>said by {_chain_html(claim)} {_flags_html(claim.flags)}</div>"
            f"<blockquote class='sentence'>{self.quote(claim)}</blockquote>"
            f"<div>{_doc_html(self.docs.get(claim.document), claim.document)} "
            f"<span class='muted'>claim {_esc(claim.id)}</span></div>"
            f"</{tag}>"
        )

    def side(self, claim: Claim) -> str:
        return (
            "<div>"
            f"<div class='what'>{_esc(_claim_what(claim))}</div>"
            f"<div>said by {_chain_html(claim)}</div>"
            f"<blockquote class='sentence'>{self.quote(claim)}</blockquote>"
            f"<a href='#{_esc(claim_anchor(claim.id))}'>claim {_esc(claim.id)} in context</a>"
            "</div>"
        )


def _verdict(verdict: str) -> str:
    return f"<span class='verdict v-{_slug(verdict)}'>{_esc(verdict)}</span>"


def _finding_html(page: _Page, finding: Finding) -> str:
    claims = [page.claims[i] for i in finding.claims if i in page.claims]
    consensus = str(finding.consensus) if finding.consensus is not None else "none"
    parts = [
        (
            f"<article class='finding fv-{_slug(finding.verdict)}' id='{_esc(finding_anchor(finding))}'"
            f" aria-labelledby='{_esc(finding_anchor(finding))}-h'>"
        ),
        (
            f"<h3 id='{_esc(finding_anchor(finding))}-h'>{_verdict(finding.verdict)} "
            f"{_esc(finding.measure)} / {_esc(finding.group)}</h3>"
        ),
    ]
    if finding.measure != "responsibility":
        parts.append(f"<p>Consensus: <strong>{_esc(consensus)}</strong></p>")
    if finding.explanation:
        parts.append(f"<p class='muted'>{_esc(finding.explanation)}</p>")
    if finding.origins:
        who = plural(len(finding.origins), "independent origin")
        parts.append(f"<p class='muted'>{who}: {_esc(', '.join(finding.origins))}</p>")
    for n, group in enumerate(finding.conflicts, start=1):
        members = [page.claims[i] for i in group if i in page.claims]
        sides = "".join(page.side(c) for c in members)
        parts.append(
            f"<div class='conflict' role='group' aria-label='conflict {n}: these claims cannot "
            f"all hold'><p class='vs'>Conflict {n}: these claims cannot all hold</p>"
            f"<div class='sides'>{sides}</div></div>"
        )
    is_open = " open" if finding.verdict != "consistent" else ""
    cards = "".join(page.card(c) for c in claims)
    parts.append(
        f"<details{is_open}><summary>{len(claims)} claim{'s' if len(claims) != 1 else ''}"
        f"</summary><ol class='claims'>{cards}</ol></details></article>"
    )
    return "".join(parts)


def _estimates_html(page: _Page, event: Event) -> str:
    estimates = page.report.estimates_by_event.get(event.id, {})
    if not estimates:
        return ""
    items = "".join(
        f"<li><strong>{_esc(m)}</strong>: best {_esc(e.best)} "
        f"<span class='muted'>(low {_esc(e.low)}, high {_esc('?' if e.high is None else e.high)}"
        f"{'; ' + _esc(e.rule) if e.rule else ''})</span></li>"
        for m, e in sorted(estimates.items())
    )
    return f"<ul class='estimates' aria-label='estimates'>{items}</ul>"


def _event_html(page: _Page, event: Event) -> str:
    findings = sorted(
        page.by_event.get(event.id, []),
        key=lambda f: (f.verdict == "consistent", f.measure, f.group),
    )
    in_slots = {i for f in findings for i in f.claims}
    rest = [c for c in page.report.claims_of(event) if c.id not in in_slots]
    docs = "".join(f"<li>{_doc_html(page.docs.get(d), d)}</li>" for d in sorted(event.documents))
    parts = [
        (
            f"<section id='{_esc(event_anchor(event.id))}' tabindex='-1' "
            f"aria-labelledby='{_esc(event_anchor(event.id))}-h'>"
        ),
        f"<h2 id='{_esc(event_anchor(event.id))}-h'>{_esc(page.title(event))}</h2>",
        f"<p class='muted'>Event {_esc(event.id)} · {plural(len(event.documents), 'document')}</p>",
        _estimates_html(page, event),
    ]
    if docs:
        parts.append(f"<details><summary>Documents</summary><ul>{docs}</ul></details>")
    parts.extend(_finding_html(page, f) for f in findings)
    if not findings:
        parts.append("<p class='muted'>No findings for this event.</p>")
    if rest:
        cards = "".join(page.card(c) for c in rest)
        parts.append(
            f"<details><summary>{len(rest)} other claims (other scopes, not in a slot)</summary>"
            f"<ol class='claims'>{cards}</ol></details>"
        )
    parts.append("<p><a href='#overview'>Back to the overview</a></p></section>")
    return "".join(parts)


def _overview_html(page: _Page, events: Sequence[Event]) -> str:
    rows = []
    for e in events:
        findings = page.by_event.get(e.id, [])
        verdicts = " ".join(
            f"<a href='#{_esc(finding_anchor(f))}'>{_verdict(f.verdict)} "
            f"{_esc(f.measure)}/{_esc(f.group)}</a>"
            for f in sorted(findings, key=lambda f: (f.verdict == "consistent", f.measure))
        )
        unatt = sum(1 for c in page.report.claims_of(e) if "unattributed" in c.flags)
        unatt_cell = (
            f"<span class='flag f-unattributed'>{unatt} unattributed</span>" if unatt else "0"
        )
        rows.append(
            "<tr>"
            f"<td><a href='#{_esc(event_anchor(e.id))}'>{_esc(page.title(e))}</a></td>"
            f"<td data-label='documents'>{len(e.documents)}</td>"
            f"<td data-label='findings'>{verdicts or '—'}</td>"
            f"<td data-label='unattributed'>{unatt_cell}</td></tr>"
        )
    return (
        "<section id='overview' tabindex='-1' aria-labelledby='overview-h'>"
        "<h2 id='overview-h'>Events</h2><div class='table-wrap'><table class='events'>"
        "<caption class='muted'>Each event, its documents, the verdict of each slot, "
        "and how many of its claims nobody stands behind.</caption>"
        "<thead><tr><th scope='col'>event</th><th scope='col'>documents</th>"
        "<th scope='col'>findings</th><th scope='col'>unattributed</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _sorted_events(report: Report) -> list[Event]:
    return sorted(
        report.events,
        key=lambda e: (-len(e.documents), e.date or dt.date.min, e.id),
    )


def _csp(style: str) -> str:
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(report: Report, *, title: str = "claimrec report") -> str:
    """
    The whole report as one self-contained, script-free HTML page.

    Args:
        report: The report to show.
        title: The page title.

    Returns:
        The HTML document: an overview of events, then per event its estimates,
        findings (conflicts side by side), claim cards with the claimed span marked,
        attribution chains and flags; then unattributed claims, claims of no event,
        and skipped input.

    >>> from claimrec.report import Report
    >>> page = render_page(Report(documents=(), events=(), claims=(), findings=(),
    ...                           document_event={}, claim_event={}))
    >>> "default-src 'none'" in page, "<script" in page
    (True, False)
    """
    page = _Page(report)
    events = _sorted_events(report)
    n_conf = len(report.conflicts())
    unatt = report.unattributed()
    body = [
        "<a class='skip' href='#overview'>Skip to the events</a>",
        "<header class='page'>",
        f"<h1>{_esc(title)}</h1>",
        (
            f"<p>{plural(len(report.documents), 'document')} · "
            f"{plural(len(report.events), 'event')} · {plural(len(report.claims), 'claim')} · "
            f"{plural(len(report.findings), 'finding')} · "
            + (
                f"<span class='verdict v-conflicting'>{plural(n_conf, 'conflict')}</span> · "
                if n_conf
                else "<span class='verdict v-consistent'>no conflicts</span> · "
            )
            + f"<span class='flag f-unattributed'>{plural(len(unatt), 'unattributed claim')}"
            "</span></p>"
        ),
        (
            "<nav aria-label='sections'><a href='#overview'>Events</a> · "
            "<a href='#unattributed'>Unattributed claims</a> · <a href='#documents'>Documents</a>"
            "</nav></header><main>"
        ),
        _overview_html(page, events),
    ]
    body.extend(_event_html(page, e) for e in events)
    orphans = [c for c in report.claims if report.claim_event.get(c.id) is None]
    if orphans:
        cards = "".join(page.card(c) for c in orphans)
        body.append(
            "<section id='no-event'><h2>Claims attached to no event</h2>"
            f"<details><summary>{len(orphans)} claims</summary>"
            f"<ol class='claims'>{cards}</ol></details></section>"
        )
    links = "".join(
        f"<li><a href='#{_esc(claim_anchor(c.id))}'>{_esc(c.id)}</a> "
        f"<span class='muted'>({_esc(ATTRIBUTION_LABELS.get(c.attribution.kind, ''))})</span> "
        f"{_esc(_claim_what(c))}</li>"
        for c in unatt
    )
    body.append(
        "<section id='unattributed' tabindex='-1'><h2>Unattributed claims</h2>"
        "<p class='muted'>Claims in the reporter's own voice or behind a vague hedge.</p>"
        f"<details><summary>{len(unatt)} claims</summary><ul>{links}</ul></details></section>"
    )
    docs = "".join(
        f"<li>{_doc_html(d, d.id)} · event "
        + (
            f"<a href='#{_esc(event_anchor(ev))}'>{_esc(ev)}</a>"
            if (ev := report.document_event.get(d.id))
            else "none"
        )
        + "</li>"
        for d in sorted(report.documents, key=lambda d: d.id)
    )
    body.append(
        f"<section id='documents' tabindex='-1'><h2>Documents</h2><ul>{docs}</ul></section>"
    )
    if report.errors:
        errs = "".join(f"<li>{_esc(e)}</li>" for e in report.errors)
        body.append(f"<section id='errors'><h2>Skipped input</h2><ul>{errs}</ul></section>")
    body.append(
        "</main><footer><p class='muted'>Made by claimrec. This page loads nothing and runs "
        "no script.</p></footer>"
    )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_csp(_CSS)}\">"
        "<meta name='referrer' content='no-referrer'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )


# ----------------------------------------------------------------------------- notebook view


def _cell(text: str, colour: str | None = None, *, bold: bool = False) -> str:
    style = (f"color:{colour};" if colour else "") + ("font-weight:600;" if bold else "")
    return f"<td style='{style}text-align:left;vertical-align:top'>{text}</td>"


def _inline_flags(flags: Sequence[str]) -> str:
    return " ".join(
        f"<span style='color:{FLAG_COLOURS.get(f, MUTED)};"
        f"{'font-weight:700;' if f == 'unattributed' else ''}'>{_esc(f)}</span>"
        for f in flags
    )


def render_event(report: Report, event: Event, claims: Mapping[str, Claim] | None = None) -> str:
    """
    A compact notebook table of one event: its findings and every claim in each slot.

    Uses inline styles only (notebook front ends drop ``<style>`` from untrusted output):
    the verdict colours the finding row, flags are coloured words, unattributed in bold.

    Args:
        report: The report the event belongs to.
        event: The event to show.
        claims: Claims by id (built from *report* when omitted).

    Returns:
        An HTML fragment.

    >>> from claimrec.model import Event
    >>> from claimrec.report import Report
    >>> r = Report(documents=(), events=(Event(id="ev-1"),), claims=(), findings=(),
    ...            document_event={}, claim_event={})
    >>> "ev-1" in render_event(r, r.events[0])
    True
    """
    by_id = dict(claims) if claims is not None else {c.id: c for c in report.claims}
    rows = []
    for f in sorted(
        (f for f in report.findings if f.event == event.id),
        key=lambda f: (f.verdict == "consistent", f.measure, f.group),
    ):
        colour = VERDICT_COLOURS.get(f.verdict)
        consensus = str(f.consensus) if f.consensus is not None else "—"
        rows.append(
            "<tr>"
            + _cell(_esc(f.verdict), colour, bold=True)
            + _cell(f"{_esc(f.measure)}/{_esc(f.group)}", bold=True)
            + _cell(_esc(consensus))
            + _cell("")
            + _cell("")
            + "</tr>"
        )
        contested = {i for group in f.conflicts for i in group}
        for cid in f.claims:
            c = by_id.get(cid)
            if c is None:
                continue
            att = c.attribution
            who = " → ".join(att.chain) or (att.source or "")
            colour = FLAG_COLOURS["contested"] if cid in contested else None
            rows.append(
                "<tr>"
                + _cell("")
                + _cell(_esc(_claim_what(c)), colour)
                + _cell(f"{_esc(who)} <span style='color:{MUTED}'>({_esc(att.kind)})</span>")
                + _cell(_inline_flags(c.flags))
                + _cell(_esc(c.document))
                + "</tr>"
            )
    head = (
        f"<p><strong>{_esc(distinct_titles(report).get(event.id, event_title(report, event)))}</strong> "
        f"<span style='color:{MUTED}'>({_esc(event.id)}, {plural(len(event.documents), 'document')})</span></p>"
    )
    return (
        f"<div class='claimrec-event'>{head}<table><thead><tr><th>verdict</th><th>slot / claim</th>"
        "<th>consensus / source</th><th>flags</th><th>document</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div>"
    )
