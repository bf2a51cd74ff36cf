"""The template loader that says each `{% translate "constant" %}` once per language
(ungating/templating.py): pages say the same words as with Django's own loader, in the
language of the moment."""

import pytest
from django.template import Context, engines
from django.template.engine import Engine
from django.test import override_settings
from django.utils import translation

from ungating.templating import Loader

TEMPLATES = {
    "plain.html": '{% load i18n %}<a title="{% translate "Log out" %}">{% translate "Cases" %}</a>',
    "branches.html": (
        "{% load i18n %}{% if flag %}{% translate 'Cases' %}{% else %}"
        "{% translate 'Log out' %}{% endif %}"
        "{% for x in items %}[{% translate 'Change password' %}]{% empty %}"
        "{% translate 'Cases' %}{% endfor %}{% with y=1 %}{% translate 'Cases' %}{% endwith %}"
    ),
    "dynamic.html": (
        "{% load i18n %}{% translate word %}|{% translate 'Log out' as said %}<{{ said }}>|"
        "{% translate 'Cases'|upper %}|{% translate 'Cases' noop %}|"
        "{% blocktranslate %}Log out{% endblocktranslate %}"
    ),
    "language.html": (
        "{% load i18n %}{% translate 'Cases' %}/"
        "{% language 'en' %}{% translate 'Cases' %}{% endlanguage %}/"
        "{% language 'fr' %}{% if True %}{% translate 'Log out' %}{% endif %}{% endlanguage %}"
    ),
    "percent.html": "{% load i18n %}{% translate '100% sure' %} {% translate 'a %% b' %}",
    "context.html": '{% load i18n %}{% translate "May" context "month name" %}',
    "escaping.html": (
        "{% load i18n %}{% autoescape off %}{% translate '<b>Cases</b> & co' %}{% endautoescape %}"
        "{% translate '<b>Cases</b> & co' %}"
    ),
    "child.html": (
        "{% extends 'base.html' %}{% load i18n %}{% block body %}{% translate 'Cases' %}"
        "{% include 'plain.html' %}{% endblock %}"
    ),
    "base.html": (
        "{% load i18n %}<h1>{% translate 'Log out' %}</h1>{% block body %}{% endblock %}"
    ),
}


def engine(loader):
    return Engine(
        loaders=[(loader, [("django.template.loaders.locmem.Loader", TEMPLATES)])],
        libraries={"i18n": "django.templatetags.i18n"},
    )


def render(engine, name, language, **context):
    with translation.override(language):
        return engine.get_template(name).render(Context(context))


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("language", ["fr", "en", None])
def test_every_template_says_what_djangos_own_loader_says(name, language):
    ours, django = (
        engine("ungating.templating.Loader"),
        engine("django.template.loaders.cached.Loader"),
    )
    context = {"flag": True, "items": [1, 2], "word": "Cases"}
    assert render(ours, name, language, **context) == render(django, name, language, **context)
    context = {"flag": False, "items": [], "word": "Log out"}
    assert render(ours, name, language, **context) == render(django, name, language, **context)


def test_one_loader_speaks_each_language_in_turn():
    ours = engine("ungating.templating.Loader")
    assert render(ours, "plain.html", "fr") == '<a title="Se déconnecter">Dossiers</a>'
    assert render(ours, "plain.html", "en") == '<a title="Log out">Cases</a>'
    assert render(ours, "plain.html", "fr") == '<a title="Se déconnecter">Dossiers</a>'
    # Translation turned off says the words as written, not in the default language's copy.
    assert render(ours, "plain.html", None) == '<a title="Log out">Cases</a>'


def test_what_stays_dynamic_still_follows_the_moment():
    ours = engine("ungating.templating.Loader")
    said = render(ours, "dynamic.html", "fr", word="Log out")
    assert said == "Se déconnecter|<Se déconnecter>|DOSSIERS|Cases|Se déconnecter"
    assert render(ours, "dynamic.html", "fr", word="Cases").startswith("Dossiers|")
    # {% language %} changes the language while it renders: its words are not said ahead.
    assert render(ours, "language.html", "fr") == "Dossiers/Cases/Se déconnecter"
    assert render(ours, "language.html", "en") == "Cases/Cases/Se déconnecter"


def test_the_project_uses_it_and_pages_change_language():
    loaders = engines["django"].engine.template_loaders
    assert [type(loader) for loader in loaders] == [Loader]
    with translation.override("fr"):
        french = engines["django"].get_template("base.html").render()
    with translation.override("en"):
        english = engines["django"].get_template("base.html").render()
    assert "Aller au contenu" in french and "Aller au contenu" not in english


def test_a_change_of_catalogues_is_heard():
    project = engines["django"]
    with translation.override("fr"):
        assert "Aller au contenu" in project.get_template("base.html").render()
        with override_settings(LOCALE_PATHS=[]):
            # Without the project's catalogue French has no words of ours: said as written.
            assert "Aller au contenu" not in project.get_template("base.html").render()
    with translation.override("fr"):  # (Django's own reset deactivated the language)
        assert "Aller au contenu" in project.get_template("base.html").render()


def test_constant_translations_are_said_at_compile_time_and_the_rest_stays_dynamic():
    from django.template.base import TextNode
    from django.templatetags.i18n import TranslateNode

    def nodes(template, kind):
        return template.nodelist.get_nodes_by_type(kind)

    ours = engine("ungating.templating.Loader")
    with translation.override("fr"):
        plain = ours.get_template("plain.html")
        dynamic = ours.get_template("dynamic.html")
        language = ours.get_template("language.html")
    assert nodes(plain, TranslateNode) == []
    assert any(node.s == "Se déconnecter" for node in nodes(plain, TextNode))
    # A variable, "as" and a filter stay nodes (noop says a constant: folded); so does
    # what {% language %} holds.
    assert len(nodes(dynamic, TranslateNode)) == 3
    assert len(nodes(language, TranslateNode)) == 2
