"""Django's cached template loader, with each `{% translate "words" %}` said once.

A `{% translate "Log out" %}` costs about a hundred Python calls each time a page renders
it (a lazy string, the catalogue's lookup through its fallbacks, escaping), and a desk page
holds forty of them: more than its rows. Their words only change with the language, so this
loader keeps one compiled template per language and replaces, at compile time, every
`{% translate %}` of a constant by the text it says in that language. The output is the
same byte for byte (the node itself renders the text); what stays dynamic stays a node:
a variable (`{% translate word %}`), a filter, `as name`, `{% blocktranslate %}`, and
anything inside `{% language %}`, which changes the language while it renders.

Templates are chosen in the language active when they are loaded, which is when they
render: `render()`, `{% include %}` and `{% extends %}` all load at render time, and mail
sent in another language loads under `translation.override`.
"""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import Context, engines
from django.template.base import NodeList, TextNode
from django.template.defaulttags import IfNode
from django.template.loaders import cached
from django.templatetags.i18n import LanguageNode, TranslateNode
from django.utils.translation import trans_real

__all__ = ["Loader"]


def _language():
    """The active catalogue's language; "" when translation is off (deactivate_all())."""
    language = getattr(trans_real.catalog(), "language", None)
    return language() if language else ""


def _said(node):
    """What a `{% translate %}` of a constant says in the active language, else None."""
    if type(node) is not TranslateNode or node.asvar:
        return None
    words = node.filter_expression
    if words.filters or not isinstance(getattr(words.var, "literal", None), str):
        return None
    about = node.message_context
    if about is not None and (about.filters or not isinstance(about.var, str)):
        return None
    # A literal is safe text: the node renders it the same with or without autoescape.
    return node.render(Context())


def _fold(nodelist):
    for index, node in enumerate(nodelist):
        if isinstance(node, LanguageNode):
            continue
        said = _said(node)
        if said is not None:
            text = TextNode(said)
            text.token, text.origin = node.token, node.origin
            nodelist[index] = text
            continue
        if isinstance(node, IfNode):  # its `nodelist` is a copy made on each access
            children = [branch for _condition, branch in node.conditions_nodelists]
        else:
            children = [getattr(node, name, None) for name in node.child_nodelists]
        for child in children:
            if isinstance(child, NodeList):
                _fold(child)


class Loader(cached.Loader):
    """`cached.Loader` keyed by language as well, its `{% translate %}`s of constants said."""

    def cache_key(self, template_name, skip=None):
        return f"{super().cache_key(template_name, skip)}|{_language()}"

    def get_template(self, template_name, skip=None):
        template = super().get_template(template_name, skip)
        # Once per compiled template; folding again would find nothing left to do.
        if not getattr(template, "translations_said", False):
            _fold(template.nodelist)
            template.translations_said = True
        return template


@receiver(setting_changed)
def _forget_said(*, setting, **kwargs):
    """Catalogues changed (a test's languages or locale paths): say the words again."""
    if setting not in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS", "INSTALLED_APPS"}:
        return
    for engine in engines.all():
        for loader in getattr(getattr(engine, "engine", None), "template_loaders", ()):
            if isinstance(loader, Loader):
                loader.reset()
