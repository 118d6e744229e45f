"""Every error claimrec raises: a ``ClaimrecError`` that is also the fitting builtin."""

from __future__ import annotations

__all__ = [
    "ClaimrecError",
    "IngestError",
    "InputNotFoundError",
    "InvalidClaimError",
    "InvalidClaimsError",
    "InvalidDocumentError",
    "InvalidQuantityError",
    "InvalidTypeError",
    "InvalidValueError",
    "UnknownEventError",
    "UnknownQuantifierError",
]


class ClaimrecError(Exception):
    """
    Base class of every error claimrec raises.

    Catch it to handle anything claimrec reports; each subclass also inherits the
    builtin that fits (``ValueError``, ``LookupError``, ``OSError``), so existing
    ``except ValueError`` blocks keep working.

    >>> issubclass(InvalidValueError, ValueError)
    True
    """


class InvalidValueError(ClaimrecError, ValueError):
    """A field of a value object got a value it does not allow."""


class InvalidTypeError(ClaimrecError, TypeError):
    """A field of a value object got a value of the wrong type."""


class InvalidQuantityError(ClaimrecError, ValueError):
    """A phrase could not be read as a count."""


class InvalidClaimError(ClaimrecError, ValueError):
    """
    A claim built outside claimrec does not fit the documents it is reconciled with.

    Raised (inside ``InvalidClaimsError``) for an unknown document id, a span outside
    the document's text, a duplicate or empty claim id, or an item that is not a claim.

    Attributes:
        claim: The claim's id (or its position, ``"#3"``, when it has none).
        field: The field that is wrong: ``id``, ``document``, ``span`` or ``type``.
    """

    def __init__(self, msg: str, *, claim: str, field: str) -> None:
        super().__init__(msg)
        self.claim = claim
        self.field = field


class InvalidClaimsError(ClaimrecError, ExceptionGroup[InvalidClaimError], ValueError):
    """
    Every problem found in a batch of hand-built claims, raised once.

    An ``ExceptionGroup`` (``except* InvalidClaimError`` sees each problem) that is
    also a ``ClaimrecError`` and a ``ValueError``; ``exceptions`` lists the problems.

    >>> err = InvalidClaimsError("1 claim does not fit", [
    ...     InvalidClaimError("claim 'c1' names unknown document 'zz'", claim="c1", field="document")])
    >>> isinstance(err, ValueError), err.exceptions[0].field
    (True, 'document')
    """


class UnknownQuantifierError(ClaimrecError, LookupError):
    """A vague quantifier is missing from the active lexicon."""


class UnknownEventError(ClaimrecError, KeyError):
    """
    An event id that the report does not hold.

    Its message reads as a sentence, not as the quoted key a ``KeyError`` shows.

    >>> str(UnknownEventError("no event 'ev-x' in this report"))
    "no event 'ev-x' in this report"
    """

    def __str__(self) -> str:
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()


class InvalidDocumentError(ClaimrecError, ValueError):
    """
    One input document is broken: bad JSON, no text, an undecodable file.

    Attributes:
        path: The file it came from, if any.
        line: The 1-based line number inside that file, if any.
        field: The field that was wrong, if any.
    """

    def __init__(
        self,
        msg: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(msg)
        self.path = path
        self.line = line
        self.field = field


class InputNotFoundError(ClaimrecError, FileNotFoundError):
    """
    A path given as input does not exist or cannot be read.

    Its text is the message alone (which names the path once); ``errno`` and
    ``filename`` are still set.

    >>> str(InputNotFoundError(2, "no such file or folder 'x'; check the path", "x"))
    "no such file or folder 'x'; check the path"
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


class IngestError(ClaimrecError, ValueError):
    """
    Loading a batch skipped some input; ``errors`` lists every problem.

    Raised only when the caller asks for strict loading; the default collects
    the problems on the result and keeps every good document.
    """

    def __init__(self, msg: str, errors: tuple[ClaimrecError, ...]) -> None:
        super().__init__(msg)
        self.errors = errors
