"""The default message templates (Jinja2), one per message kind and body format.

Kept as Python strings rather than `.j2` files so they ship inside the package whatever the
installer (the image runs `pip install .`, which leaves non-Python files behind). Each
template has a `title` and a `body` block, separated by `{{ separator }}`; a rule's own
template in config/templates/ may `{% extends "default/alert.txt.j2" %}` and override one
block, or be a whole message body of its own (the default title is then used).
Names: `alert` and `digest`; formats `txt` (plain text), `md` (Markdown chat), `html` (email).
"""

from __future__ import annotations

_ALERT_TITLE = "{% block title %}[newswatch] {{ alert.rule }}: {{ alert.title }}{% endblock %}"
_DIGEST_TITLE = (
    "{% block title %}[newswatch] {{ rule }}: {{ count }} match{{ 'es' if count != 1 }}"
    " since {{ since }}{% endblock %}"
)

ALERT_TXT = (
    _ALERT_TITLE
    + """
{{ separator }}
{% block body %}
{{ alert.title }}

“{{ alert.snippet }}”

Rule: {{ alert.rule }}
{% if alert.matched_terms %}
Matched: {{ alert.matched_terms | join(", ") }}
{% endif %}
Source: {{ alert.source }}{% if alert.language %} ({{ alert.language }}){% endif %}

{% if alert.authors %}
By: {{ alert.authors | join(", ") }}
{% endif %}
{% if published %}
Published: {{ published }}
{% endif %}
{% if alert.also_reported_by %}
Also reported by: {{ alert.also_reported_by | join(", ") }}
{% endif %}
{% if alert.url %}
Link: {{ alert.url }}
{% endif %}
{% if page %}
Not relevant? {{ page }}
{% endif %}
{% endblock %}"""
)

ALERT_MD = (
    _ALERT_TITLE
    + """
{{ separator }}
{% block body %}
**{{ alert.title | md }}**

> {{ alert.snippet | marked_md }}

Rule: `{{ alert.rule }}`\
{% if alert.matched_terms %} · matched: {{ alert.matched_terms | join(", ") | md }}{% endif %}

Source: {{ alert.source | md }}{% if alert.language %} ({{ alert.language }}){% endif %}
{% if alert.authors %} · by {{ alert.authors | join(", ") | md }}{% endif %}
{% if published %} · published {{ published }}{% endif %}

{% if alert.also_reported_by %}
Also reported by: {{ alert.also_reported_by | join(", ") | md }}
{% endif %}
{% if alert.url %}
{{ alert.url }}
{% endif %}
{% if page %}
[Alert page: mark it relevant or not]({{ page }})
{% endif %}
{% endblock %}"""
)

ALERT_HTML = (
    _ALERT_TITLE
    + """
{{ separator }}
{% block body %}
<h2 style="margin:0 0 .5em">{% if alert.url %}<a href="{{ alert.url }}">{{ alert.title }}</a>\
{% else %}{{ alert.title }}{% endif %}</h2>
<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">\
{{ alert.snippet | marked_html }}</blockquote>
<table style="border-collapse:collapse">
<tr><td><b>Rule</b></td><td>{{ alert.rule }}</td></tr>
{% if alert.matched_terms %}
<tr><td><b>Matched</b></td><td>{{ alert.matched_terms | join(", ") }}</td></tr>
{% endif %}
<tr><td><b>Source</b></td><td>{{ alert.source }}\
{% if alert.language %} ({{ alert.language }}){% endif %}</td></tr>
{% if alert.authors %}
<tr><td><b>By</b></td><td>{{ alert.authors | join(", ") }}</td></tr>
{% endif %}
{% if published %}
<tr><td><b>Published</b></td><td>{{ published }}</td></tr>
{% endif %}
{% if alert.also_reported_by %}
<tr><td><b>Also reported by</b></td><td>{{ alert.also_reported_by | join(", ") }}</td></tr>
{% endif %}
</table>
{% if alert.url %}
<p><a href="{{ alert.url }}">{{ alert.url }}</a></p>
{% endif %}
{% if page %}
<p><a href="{{ page }}">Alert page</a>: mark it relevant or not relevant.</p>
{% endif %}
{% endblock %}"""
)

DIGEST_TXT = (
    _DIGEST_TITLE
    + """
{{ separator }}
{% block body %}
{{ count }} match{{ 'es' if count != 1 }} for rule {{ rule }} since {{ since }}.
{% for story in stories %}

{{ loop.index }}. {{ story.title }}
   {{ story.source }}{% if story.published %}, {{ story.published }}{% endif %}\
{% if story.also %} (also: {{ story.also | join(", ") }}){% endif %}

   “{{ story.snippet }}”
{% if story.url %}
   {{ story.url }}
{% endif %}
{% if story.page %}
   Alert page: {{ story.page }}
{% endif %}
{% endfor %}
{% if more %}

… and {{ more }} more.
{% endif %}
{% endblock %}"""
)

DIGEST_MD = (
    _DIGEST_TITLE
    + """
{{ separator }}
{% block body %}
**{{ count }} match{{ 'es' if count != 1 }}** for rule `{{ rule }}` since {{ since }}.
{% for story in stories %}

{{ loop.index }}. **{{ story.title | md }}** · {{ story.source | md }}\
{% if story.published %}, {{ story.published }}{% endif %}\
{% if story.also %} (also: {{ story.also | join(", ") | md }}){% endif %}

   > {{ story.snippet | marked_md }}
{% if story.url %}
   {{ story.url }}
{% endif %}
{% if story.page %}
   [Alert page]({{ story.page }})
{% endif %}
{% endfor %}
{% if more %}

… and {{ more }} more.
{% endif %}
{% endblock %}"""
)

DIGEST_HTML = (
    _DIGEST_TITLE
    + """
{{ separator }}
{% block body %}
<p><b>{{ count }} match{{ 'es' if count != 1 }}</b> for rule {{ rule }} since {{ since }}.</p>
<ol>
{% for story in stories %}
<li><p>{% if story.url %}<a href="{{ story.url }}">{{ story.title }}</a>\
{% else %}<b>{{ story.title }}</b>{% endif %} · {{ story.source }}\
{% if story.published %}, {{ story.published }}{% endif %}\
{% if story.also %} (also: {{ story.also | join(", ") }}){% endif %}<br>
<i>{{ story.snippet | marked_html }}</i>\
{% if story.page %}<br><a href="{{ story.page }}">Alert page</a>{% endif %}</p></li>
{% endfor %}
</ol>
{% if more %}
<p>… and {{ more }} more.</p>
{% endif %}
{% endblock %}"""
)

DEFAULTS: dict[str, str] = {
    "alert.txt.j2": ALERT_TXT,
    "alert.md.j2": ALERT_MD,
    "alert.html.j2": ALERT_HTML,
    "digest.txt.j2": DIGEST_TXT,
    "digest.md.j2": DIGEST_MD,
    "digest.html.j2": DIGEST_HTML,
}
