"""Admin forms for bringing articles in: paste a text or upload .txt/.html/.zip files.

The form reads every file before anything is saved: if one input is bad the editor sees
which and why, nothing is half-added, and the pasted text stays in the form."""
import os

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .importing import ImportInputError, IncomingText, read_upload
from .importing.reading import HTML_SUFFIXES, TEXT_SUFFIXES, ZIP_SUFFIXES

UPLOAD_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | ZIP_SUFFIXES) - {""}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one <input type=file multiple> (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.zip"}))
        kwargs.setdefault("allow_empty_file", True)  # refused later, with the file's name
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class AddArticlesForm(forms.Form):
    text = forms.CharField(
        label=_("Article text"), required=False, strip=True,
        widget=forms.Textarea(attrs={"rows": 14, "class": "summits-wide"}),
        help_text=_("Paste the body of one article."),
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    url = forms.URLField(label=_("URL"), required=False, max_length=1000, assume_scheme="https")
    published = forms.DateField(
        label=_("Publication date"), required=False, help_text=_("YYYY-MM-DD"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    files = MultipleFileField(
        label=_("Files"), required=False,
        help_text=_(".txt or .html files, or a .zip of them; each file becomes an article."),
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        limit = settings.SUMMITS_MAX_UPLOAD_BYTES
        if len(text.encode("utf-8")) > limit:
            raise forms.ValidationError(
                _("The pasted text is larger than %(limit)s."), params={"limit": filesizeformat(limit)}
            )
        return text

    def clean_files(self):
        """Read every file now, so that a bad one stops the whole upload with its reason."""
        incoming, errors = [], []
        for upload in self.cleaned_data["files"]:
            try:
                incoming.extend(read_uploaded_file(upload))
            except ImportInputError as error:  # its message names the file
                errors.append(forms.ValidationError(str(error)))
        if errors:
            raise forms.ValidationError(errors)
        return incoming

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        if not cleaned.get("text") and not cleaned.get("files"):
            if self.data.get("text"):
                self.add_error("text", _("The pasted text is empty (only spaces)."))
            else:
                raise forms.ValidationError(_("Paste an article's text or choose files to upload."))
        return cleaned

    def incoming_texts(self):
        """Everything to add: the pasted text (with the details typed beside it), then the files."""
        data = self.cleaned_data
        pasted = []
        if data["text"]:
            pasted.append(IncomingText(
                name=str(_("pasted text")), text=data["text"], title=data["title"] or None,
                url=data["url"] or None, published=data["published"],
            ))
        return pasted + data["files"]


def read_uploaded_file(upload):
    """The texts in one uploaded file. Type and size are checked before reading, so a
    huge file is refused without being loaded into memory."""
    if os.path.splitext(upload.name)[1].lower() not in UPLOAD_SUFFIXES:
        raise ImportInputError(
            _("%(name)s: only .txt, .html or .zip files can be uploaded.") % {"name": upload.name}
        )
    limit = settings.SUMMITS_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ImportInputError(
            _("%(name)s: the file is %(size)s, more than the limit of %(limit)s.")
            % {"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    return read_upload(upload.name, upload.read())
