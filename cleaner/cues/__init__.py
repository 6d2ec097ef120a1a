"""Word lists and patterns the detectors use: data, kept apart from the logic that applies it.

Each module covers the languages news is written in, not English alone. Add a language by
adding its words here; no detector needs to change.
"""

# A lowercase letter, matched case-sensitively inside a case-insensitive pattern: after a cue it means that a
# sentence goes on ("Copyright law ...", "Caption contests were ...").
LOWERCASE = r"(?-i:[a-zß-öø-ÿа-яё])"
