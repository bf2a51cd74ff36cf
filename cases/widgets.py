"""Form widgets shared by the apps."""

from django import forms


class DatePicker(forms.DateInput):
    """The browser's date picker, fed the ISO date it requires in every language.

    A plain DateInput renders the active language's format ("27/01/2026" in French), which
    `<input type="date">` rejects: the box showed empty and saving erased the date.
    """

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")
