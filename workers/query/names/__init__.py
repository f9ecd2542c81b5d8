"""Names across scripts and cases: a capitalised rule term also finds the same name written
in another script (Latin, Cyrillic, Greek, Arabic), in another language's Latin spelling,
and, in an article whose language declines names, in its grammatical cases.

Pipeline: :mod:`.latin` spells Latin/Cyrillic/Greek words in plain Latin letters,
:mod:`.phonetic` turns a spelling (or an Arabic word) into keys shared by the usual variants,
:mod:`.cases` undoes case endings per article language, :mod:`.forms` builds the keys of a
term and of an article word, :mod:`.document` the per-field key positions, :mod:`.capitals`
where the article writes a word as a name, :mod:`.matcher` and :mod:`.compile` the query
side. Kept out of this module's imports so that analysis can
import :mod:`.document` without a cycle.
"""

from ..native import use_build

# The compiled modules, if built from these sources: decided with workers.query (see native).
use_build(__path__, "names")
