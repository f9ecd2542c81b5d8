"""Arabic words that are also the name: ``سعيد`` (happy) spells Kais Saied's surname,
``السلام`` (peace) Nawaf Salam's, ``الحداد`` (mourning) Haddad's, ``سعر`` (price) Sa'ar's.

Arabic has no capitals to tell a name. A word an Arabic article finds for a Latin name term
is taken for an ordinary word when Arabic writes it far more often than English writes the
name (``سعيد`` 5.3 on the Zipf scale against 1.5 for "Saied"; ``بوتين`` 4.2
against 4.4 for "Putin" is the name): then it is the name only where a name's neighbours
stand, there or wherever else the article writes the same word — a title or office before
it, across the office's own words (``الرئيس سعيد``, ``وزير الخارجية الإسرائيلي ساعر``), a
given name (``قيس سعيد``, ``عبد الفتاح البرهان``, or a word Arabic seldom writes spelled
with a vowel letter: a foreign given name, ``جدعون ساعر``), a verb of saying or meeting
(``وأضاف بقائي``), or a noun of a person's acts, birth or death (``حكومة سلام``,
``محاكمة مشار``, ``جثمان رئيسي``).

Frequencies are wordfreq's (its Arabic list of the commonest words, its long English list
for the name), read once per process, when an Arabic word is first found for a Latin term.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from babel import Locale

from ..analysis import AnalyzedDocument, FieldText, Positions
from ..nodes import DEFAULT_FIELDS
from ..text import fold
from .arabic_things import names_a_thing
from .capitals import joined, opens_sentence
from .function_words import ARABIC_KEY, arabic_function_words
from .latin import script
from .phonetic import arabic_forms, arabic_keys, without_marks
from .word_frequencies import frequent_words

# A word at least this frequent in Arabic (Zipf 3: once in a million words)...
COMMON = 3.0
# ...and this much more frequent there than the name in English (Zipf: log10 of the rate)
# is an ordinary word before it is a name.
MORE_COMMON = 0.9
# Below this a word before the name is no ordinary word: a given name Arabic seldom writes.
RARE = 3.0
_TITLE_REACH = 5  # an office's words and given names between a title and the name


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and offices before a name (the feminine ones too: حاكمة, governor; المفوضة,
# commissioner).
_TITLES = _words(
    """
    الرئيس رئيس الرئيسة رئيسة الوزير وزير الوزيرة وزيرة السيد السيدة الشيخ الشيخة المشير
    اللواء العميد العقيد الجنرال الملك الملكة الأمير الأميرة العاهل ولي النائب نائب النائبة
    المستشار المستشارة السفير سفير السفيرة المتحدث المتحدثة الناطق الزعيم زعيم زعيمة القائد
    قائد المرشد البابا المفتي الحاخام الكاردينال الأمين المبعوث مبعوث المندوب مندوب الدكتور
    الدكتورة البروفيسور الملياردير المرشح المرشحة السيناتور النائبة العضو عضو المعارض
    المعارضة الناشط الناشطة الحاكم حاكم المحافظ محافظ عمدة رئيسي الرئيسين الوزيرين
    المستشارين مستشار مستشارة المدير مدير المديرة مديرة السلطان الإمبراطور الجنرالات
    الحاكمة حاكمة الأمينة المبعوثة مبعوثة المندوبة مندوبة القائدة قائدة العضوة عضوة
    المفوض مفوض المفوضة مفوضة شيخ
    """
)
# A sportsperson's noun with the article and a nationality adjective after it, which stand
# before a name as a title does (``الرامية الهندية مانو بهاكر``, the Indian shooter Manu
# Bhaker); not the noun alone, a sentence's subject before its predicate (``اللاعب سعيد``,
# the player is happy).
_ROLES = _words(
    """
    اللاعب اللاعبة الرامي الرامية العداء العداءة الملاكم الملاكمة المصارع المصارعة
    السباح الرباع الرباعة
    """
)
# Given names, before a surname; a word found for a name term that is one of them is the
# name (``Mohamed`` finds محمد, though Arabic writes it far more often than Latin news).
# Women's too (ميساء, رشا), which Arabic writes often enough to be no rare word before a
# surname (see _seldom_written).
# Foreign ones too that Arabic news write too often to be a rare word before a surname
# (see _seldom_written): توم باراك, مايك بنس, جيمس بيكر (not بيل, بيت, ميت, جين: bell,
# house, dead, gene).
_GIVEN_NAMES = _words(
    """
    محمد أحمد محمود مصطفى علي حسن حسين خالد عمر عثمان يوسف إبراهيم ابراهيم إسماعيل اسماعيل
    عبدالله عبدالرحمن عبدالعزيز سعود فيصل نايف نواف طلال بشار حافظ رفعت أسعد اسعد سامي
    سمير هشام هاني رامي زياد نزار نبيه ميشال ميشيل جبران سليمان حمد حمدان زايد مكتوم قيس
    نعيم عاصم فؤاد فاروق صدام عدي قصي مهدي جعفر كاظم رضا عيسى داود يحيى زكريا إدريس ادريس
    عمرو حمزة أيمن ايمن مروان مازن معاذ أسامة اسامة بسام هيثم غسان عصام شفيق لطفي وائل
    فاطمة عائشة خديجة مريم زينب ليلى سلمى نادية سعاد رانيا رنا لينا دينا هالة
    ميساء رشا ريم هبة سارة هند سميرة نجلاء نوال غادة رغدة لمى ديما رزان علا سهى ميسون
    منال نجوى هيفاء رباب سوسن لبنى شيماء نسرين شيرين نادين جيهان سلوى نهى يسرى بثينة
    جمانة ريما رولا عبلة سهير ماجدة نبيلة
    يائير إيتمار بنيامين موشيه نفتالي
    ماجد خليل حيدر ياسر ياسين عمار أكرم اكرم مجدي حمدي فتحي فادي إياد اياد لؤي طه عدنان
    تامر شادي حسام عباس رشاد سلمان سهيل بلال مهند معتز حسان
    جون جو جوزيف دونالد جورج بيتر مايكل ديفيد ريتشارد روبرت وليام بول مارك فرانك توماس
    فلاديمير سيرغي سيرجي ديمتري دميتري أليكسي ألكسندر إيمانويل مارين أنجيلا أولاف فريدريش
    فرناندو خوسيه لويس كارلوس خوان بيدرو ماريا آنا جان أنطونيو
    توم مايك جيمس ستيفن ستيف كريس ماركو أنتوني نيكولا هيلاري ليندا تيم بوريس نانسي أليكس
    ماري كريستوف أورسولا جاريد
    """
)
# Given names that are also ordinary words (خليفة successor, كمال perfection): a name's
# neighbour before another word, not a name by themselves.
_WORD_NAMES = _words(
    """
    صالح سعد فهد بندر سلطان وليد طارق ماهر باسل كمال جمال نبيل رياض ناصر منصور راشد هادي
    موسى سليم أنور انور حازم مراد عماد جواد رشيد توفيق خليفة قاسم حبيب هدى منى عبد نجيب
    نوري عادل كريم جميل شريف عزيز بدر صلاح باسم رائد نضال مالك أنس انس رجب ناجي سامح سعيد
    كامل مسعود
    وفاء ندى حنان عبير سناء بشرى إلهام ياسمين دعاء مها صفاء
    """
)
# Women's given names that are also words Arabic writes very often (إيمان faith): a name's
# neighbour only right before it (``إيمان خليف``), not a few words on (``إيمان الناس
# بالسلام``, people's faith in peace).
_NEXT_WORD_NAMES = _words("إيمان")
# Members of a body, and the parties or seats they sit for (``النائب عن كتلة``).
_MEMBERS = _words("النائب النائبة نائب نائبة العضو عضو عضوة المرشح المرشحة")
_PARTIES = _words(
    """
    حزب الحزب كتلة الكتلة ائتلاف الائتلاف تيار التيار تحالف التحالف قائمة القائمة حركة
    الحركة جبهة الجبهة دائرة الدائرة محافظة المحافظة ولاية
    """
)
# Compound given names: the word before the last part (عبد الفتاح, أبو بكر, آل ثاني).
_GIVEN_PARTS = _words("عبد ابو أبو بن ابن بنت آل")
# "Of the faith", which closes a compound given name (شمس الدين, نور الدين, عز الدين): the
# word after it is the surname.
_FAITH = _words("الدين")
# Verbs of a person's saying (condemning and appealing too: ``ندد كنعاني``, Kanaani
# condemned), meeting and acts, and of being absent (غاب, ``وغاب الدوسري
# عن التدريبات``), which Arabic puts before their subject.
_VERBS = _words(
    """
    قال قالت يقول تقول أكد أكدت يؤكد أعلن أعلنت يعلن أضاف أضافت أوضح أوضحت صرح صرحت أشار
    أشارت دعا دعت طالب طالبت استقبل استقبلت التقى التقت يلتقي زار زارت وصل وصلت انتقد
    انتقدت هدد هددت اعتبر اعتبرت رأى رأت شدد شددت نفى نفت حذر حذرت اتهم اتهمت رفض رفضت
    وافق وافقت أقال أقالت عين عينت بحث بحثت ناقش ناقشت أجرى أجرت تلقى تلقت غادر غادرت
    غاب غابت يغيب تغيب
    توجه توجهت بعث بعثت وقع وقعت أصدر أصدرت أمر أمرت اتصل اتصلت هنأ هنأت أدان أدانت رحب
    رحبت تعهد تعهدت كشف كشفت ترأس ترأست أعرب أعربت لفت لفتت زعم زعمت رد ردت
    هاجم هاجمت يهاجم حطم حطمت
    ندد نددت استنكر استنكرت شجب شجبت ناشد ناشدت
    """
)
# A player's saving (``وتصدى بونو``, Bounou saved), before its subject: right before the
# word only (forces confront too, ``تصدت قوات حفظ السلام``, whose words a title's reach
# would cross).
_SAVING = _words("تصدى تصدت أنقذ أنقذت")
# "That" (أن, إن and with a preposition or conjunction joined), after which Arabic puts the
# subject before its verb: a word there followed by a verb only a person does, of saying,
# meeting or attacking, is its subject (``أكدت القيادة أن حفتر ناقش``, that Haftar
# discussed). Not verbs a passive reads alike (أُعلن "was announced": ``أن السلام أعلن``).
_THAT = _words("أن إن ان لأن بأن وأن وإن فإن")
# "Was" (كان), which opens a past perfect with its subject between it and قد ("already"):
# ``وكان سلامي قد توعد``, Salami had threatened. A word there without the article is a
# definite subject Arabic writes without one: a name.
_WAS = _words("كان كانت")
# "That" with the pronoun of its subject joined (بأنه, that it is; إنها, that she): a clause
# whose predicate follows (``وصف الوزير موقف بلاده بأنه مشرف``, the minister described his
# country's stance as honourable), where the words of a title before it have ended.
_THAT_IT = frozenset(
    prefix + that + pronoun
    for prefix in ("", "ب", "ل", "و", "ف", "وب")
    for that in ("أن", "إن", "ان")
    for pronoun in ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
)
_ALREADY = "قد"
_PERSONS_VERBS = _words(
    """
    قال قالت يقول تقول أضاف أضافت صرح صرحت التقى التقت يلتقي تلتقي ناقش ناقشت زار زارت
    اتصل اتصلت هاجم هاجمت يهاجم تعهد تعهدت
    """
)
# Nouns of a person's acts, birth and death (``محاكمة مشار``, ``ميلاد فيروز``, Fairuz's
# birthday): what follows them without the article is the person.
_ACTS = _words(
    """
    حكومة إدارة نظام زيارة لقاء اغتيال مقتل اعتقال محاكمة تصريحات تصريح خطاب مكتب عهد
    حكم ولاية فوز استقالة انتخاب رئاسة حزب مستشار مستشارو حلفاء خصوم أنصار مؤيدو
    زعامة بزعامة قيادة بقيادة برئاسة سياسة سياسات سجن بسجن
    جثمان جثة جنازة نعش تشييع وفاة
    ميلاد
    """
)
# Nouns of a person's words, works and of what is said of or befalls one, which Arabic
# writes indefinite with ل joined to the person after them (``بيان لحماد``, a statement by
# Hammad; ``انتقادات حادة لروحاني``, sharp criticism of Rouhani; ``أغنية جديدة لعمرو``, a
# new song by Amr; ``تحية لصباح``, a tribute to Sabah; ``عقوبة جديدة لإيتو``, a new
# sanction for Eto'o; ``منصب قيادي لحاتمي``, a leading post for Hatami): an ordinary noun
# there takes the article (``بيان للحكومة``, ``تحية للجيش``), a word with ل and without it
# is the name.
_LI_NOUNS = _words(
    """
    بيان كلمة خطاب تصريح تصريحات تغريدة تدوينة منشور مقابلة حوار رسالة مقال
    انتقاد انتقادات إشادة اشادة اتهام اتهامات تهمة تهم خسارة هزيمة فوز تهنئة
    تحية تتويج أغنية ألبوم رواية قصيدة هدف أهداف عقوبة عقوبات منصب
    """
)
_LI = "ل"
# "According to", which takes its source with ل joined (``وفقا لميسري فإن``, according to
# Misri): a source without the article closing the phrase (a comma, فإن) is a person; a
# report or a body takes the article (``وفقا للتقرير``), a rule its describer or owner
# (``وفقا لقانون جديد``, in accordance with a new law).
_ACCORDING = _words("وفقا طبقا تبعا")
# Voting, which takes its candidate with ل joined (``التصويت لفرنجية.``, voting for
# Frangieh): a candidate without the article closing the phrase is a person; a cause goes on
# (``التصويت لصالح مشروع القانون``, in favour of the bill; ``لسلام دائم``, for a lasting
# peace).
_VOTING = _words("التصويت والتصويت بالتصويت")
# ... and "according to" that takes its source right after it (``وبحسب فيليب، فإن``): a
# source there without the article closing the phrase is a person, as after وفقا ل (a report
# or a body takes the article: ``بحسب التقرير``).
_ACCORDING_TO = _words("بحسب حسب")
_THEN = _words("فإن فان")
# Armed units named after a person, long dead (كتائب القسام, ألوية الناصر صلاح الدين): the
# name after them names the unit, whatever verb or title stands before.
_EPONYM_UNITS = _words("كتائب الكتائب سرايا ألوية الوية فيلق")
# Verbs of meeting and "between": a name with "and the" joined after them is one of the
# people who met (``التقى وفد من حركة طالبان والخاطر``, ``بين كوهين والمنقوش``).
_MEETING = _words("التقى التقت التقيا يلتقي تلتقي اجتمع اجتمعت اجتمعا يجتمع بحث بحثت بين")
_MEETING_REACH = 6  # words between the verb and the name (the first person's among them)
_CONJUNCTIONS = ("و", "ف")  # written joined to the next word (وأضاف, فقال)
# "Former" and "late", which stand among an office's words (``رئيس الوزراء السابق``) but
# which the function-word lists hold: an office goes on across them to its title.
_OFFICE_ADJECTIVES = _words("السابق السابقة الأسبق الراحل الراحلة")
# Particles that only a verb follows (did not, will not, will, has or may), with the
# conjunctions joined to them that make no other word (not فقد "lost", فلم "film"); and
# "we" before a verb with its prefix (نحن نقوي, we strengthen; not "I", أنا أحمد: "I am
# Ahmed"). The word after is a verb, not a name (``نحن نقوي`` is not Naqvi).
_VERB_PARTICLES = _words("لم ولم لن ولن فلن سوف وسوف فسوف قد وقد لقد")
_WE = ("نحن", "ونحن")
_WE_PREFIX = "ن"
_PERSIAN = str.maketrans("یکۀ", "يكة")  # as the Arabic list spells the word


def is_arabic(word: str) -> bool:
    """Whether ``word`` is written in Arabic script."""
    return script(word) == "Arab"


@lru_cache(maxsize=1)
def _arabic_zipfs() -> dict[str, float]:
    """Arabic words at least RARE on the Zipf scale (rarer ones count as 0): wordfreq's
    list of the commonest."""
    return _zipfs("ar", "small", RARE)


@lru_cache(maxsize=1)
def _english_zipfs() -> dict[str, float]:
    """English words frequent enough to matter (an Arabic word found is at least COMMON):
    wordfreq's long list, which holds the names in the news (``lavrov`` 2.7)."""
    return _zipfs("en", "large", COMMON - MORE_COMMON)


def _zipfs(language: str, size: str, least: float) -> dict[str, float]:
    return {
        word: zipf for zipf, words in frequent_words(language, least, (size,)) for word in words
    }


@lru_cache(maxsize=50_000)  # an article's words, asked about for each name found near them
def _plain(word: str) -> str:
    return without_marks(word).translate(_PERSIAN)


@lru_cache(maxsize=50_000)
def arabic_zipf(word: str) -> float:
    """How often Arabic writes ``word``, or its stem without a conjunction, preposition or
    article joined to it (``للشرع``, ``وصلاح``), whichever is more often (Zipf scale)."""
    plain = _plain(word)
    zipfs = _arabic_zipfs()
    forms = arabic_forms(plain)
    return max(zipfs.get(form, 0.0) for stem in forms for form in (stem, "ال" + stem))


@lru_cache(maxsize=20_000)
def latin_zipf(word: str) -> float:
    """How often English writes the (folded) name ``word`` (Zipf scale): Latin-script
    news spell the names in it as English does, or nearly."""
    return _english_zipfs().get(word, 0.0)


def also_a_word(arabic: str, name: str) -> bool:
    """Whether the Arabic word ``arabic``, found for the folded name word ``name``, is more
    often an ordinary word (see the module's docstring), as written or as a word with an
    ending the name does not spell (see _word_with_ending)."""
    found = max(arabic_zipf(arabic), _word_with_ending(arabic, name))
    return found >= COMMON and found - latin_zipf(name) >= MORE_COMMON


# Endings an Arabic word takes that a name's own letters may read as: the possessive "my"
# (سلامي, my greeting: Salami), for a name ending in a consonant and i, on a word without
# the article (الأنباري, "the one from Anbar", is a surname too); and the alif of an
# indefinite accusative (حنونا, tender: Hanoune), for a name not ending in a (whose alif
# is its own vowel: راما, Rama).
_MY = "ي"
_ACCUSATIVE = "ا"
_LEAST_STEM = 3  # letters of the word before such an ending


def _word_with_ending(arabic: str, name: str) -> float:
    """How often Arabic writes ``arabic`` less an ending (see _MY) the name ``name`` (folded)
    does not spell as its own letters there (Zipf scale; 0 where none applies)."""
    plain = _plain(arabic)
    if len(plain) <= _LEAST_STEM or not is_arabic(arabic):
        return 0.0
    ending = plain[-1]
    if ending == _MY and not plain.startswith(_ARTICLE) and _consonant_i(name):
        return arabic_zipf(plain[:-1])
    if ending == _ACCUSATIVE and plain[-2] != _ACCUSATIVE and not name.endswith("a"):
        return arabic_zipf(plain[:-1])
    return 0.0


def _consonant_i(name: str) -> bool:
    """Whether the folded name ends in a consonant and i (Salami; not Milei)."""
    return name.endswith("i") and name[-2:-1] not in _LATIN_VOWELS


_LATIN_VOWELS = frozenset("aeiouy")
_ARTICLE = "ال"  # "my" takes no article: الأنباري is a relative adjective, a surname too


# Arabic writes the article on an Arabic name (البشير, الهاشمي), never on a foreign one
# (الفالس is the waltz, not Valls); English spells no Arabic name with a p, v or x, sounds
# Arabic lacks (Persian's v is the و of a name Arabic writes without the article: موسوي).
_FOREIGN_LETTERS = re.compile("[pvx]")


def foreign_with_article(word: str, name: str, keys: Iterable[str]) -> bool:
    """Whether the Arabic-script ``word`` reads as the name ``name`` (folded; of ``keys``)
    only without its article (see above), the name being spelled as no Arabic one is."""
    if not _FOREIGN_LETTERS.search(name) or not is_arabic(word):
        return False
    return _keys_with_article(word).isdisjoint(keys)


@lru_cache(maxsize=20_000)  # an Arabic word's keys take ~0.1 ms; news words recur
def _keys_with_article(word: str) -> frozenset[str]:
    """The name keys of the Arabic-script ``word`` read with its article."""
    return frozenset(f"{ARABIC_KEY}{k}" for k in arabic_keys(word, article_off=False))


def in_arabic_context(
    doc: AnalyzedDocument,
    field: str,
    positions: Positions,
    name: str,
    start: Callable[[FieldText, int], int] | None = None,
) -> Positions:
    """The ``positions`` of ``field`` found for the one-word name ``name`` (folded) less the
    Arabic words more often ordinary that the article nowhere writes beside a name's
    neighbours, and those that leave out the glide of a name's -ian (see _GLIDE_ENDINGS).
    ``start``: where the name written at a position starts (before the particles its term
    writes: ``فون دير لاين``, whose neighbours stand before فون); the position itself if
    None."""
    text = doc.fields[field]
    raw = text.raw
    if not _any_arabic(raw, positions):
        return positions  # the name found in another script (a Polish article's)
    if name.endswith(_GLIDE_ENDINGS):
        positions = [p for p in positions if not _glide_left_out(raw[p])]
    if _FINAL_ICA.search(name):
        positions = [p for p in positions if not _accusative_without_i(raw[p])]
    positions = [p for p in positions if not _with_tanwin(raw[p])]

    def given_name(q: int) -> bool:
        return _given_name(raw[q], doc.language)

    positions = [
        p
        for p in positions
        if not _verb_expected(text, p)
        and not _before_a_fathers(text, p)
        and not _before_an_adjective(text, p)
        and not _after_a_manner(text, p)
        and not _adjective_of_a_definite_noun(text, p, doc.language)
        and not (is_arabic(raw[p]) and names_a_thing(text, p, given_name))
    ]
    doubtful = {
        raw[p]
        for p in positions
        if is_arabic(raw[p])
        and also_a_word(raw[p], name)
        and not _listed(raw[p], _GIVEN_NAMES)
        and not _nisba_after_preposition(raw[p])
    }
    if not doubtful:
        return positions  # the usual case
    ordinary = {word for word in doubtful if not _named_in_article(doc, word, start)}
    return [p for p in positions if raw[p] not in ordinary] if ordinary else positions


# A relative adjective with the article (a nisba, ال...ي) follows its noun with no
# preposition: with one joined (للدوسري, بالمالكي: to, with al-Dawsari) it stands as a
# noun, a person, and a surname written so is the name. Of five letters or more (not the
# league, الدوري, nor a club, الأهلي) and not a broken plural or participle of the shape
# فعالي (للأراضي, للمحامي: to the lands, to the lawyer), which ends so too.
_PREPOSITION_ARTICLES = ("لل", "بال")
_MIN_NISBA_STEM = 5
_PLURAL_ALEF = 2  # where فعالي writes its alef
_ALEF = "ا"


def _nisba_after_preposition(word: str) -> bool:
    """Whether ``word`` is a preposition and the article joined to a relative adjective
    (see above), a conjunction before them or not."""
    for plain in _readings(word):
        for joined_article in _PREPOSITION_ARTICLES:
            stem = plain[len(joined_article) :]
            if not plain.startswith(joined_article) or len(stem) < _MIN_NISBA_STEM:
                continue
            plural = len(stem) == _MIN_NISBA_STEM and stem[_PLURAL_ALEF] == _ALEF
            if stem.endswith(_MY) and not plural:
                return True
    return False


# A name ending in -ian or -yan (Pezeshkian, Pashinyan, Sarkissian): Arabic script writes
# the glide before the a (پزشکیان, باشينيان); a word that ends in ان without it is
# another word, a Persian plural (پزشکان, doctors).
_GLIDE_ENDINGS = ("ian", "yan")


def _verb_expected(text: FieldText, p: int) -> bool:
    """Whether the Arabic word at ``p`` stands where only a verb does: right after a
    particle only a verb follows, or after "we" with the prefix of its verb (see
    _VERB_PARTICLES)."""
    if p == 0 or not is_arabic(text.raw[p]) or not joined(text, p - 1):
        return False
    before = _plain(text.raw[p - 1])
    if before in _VERB_PARTICLES:
        return True
    return before in _WE and _plain(text.raw[p]).startswith(_WE_PREFIX)


# "Son of" and "daughter of" (بن, بنت), which follow a person's given name: the word before
# them is the given name (``نسيبة بنت كعب``, Nusaybah daughter of Ka'b), not a surname.
_FATHERS = _words("بن ابن بنت ابنة")


def _before_a_fathers(text: FieldText, p: int) -> bool:
    """Whether the Arabic word at ``p``, without the article, stands right before "son of"
    or "daughter of" (see _FATHERS): a given name, which a surname term does not find;
    unless a title stands before it, as before a prince whom the news and a rule name by
    his given name (``الأمير فيصل بن فرحان``, Prince Faisal)."""
    raw = text.raw
    return (
        p + 1 < len(raw)
        and is_arabic(raw[p])
        and _plain(raw[p + 1]) in _FATHERS
        and joined(text, p)
        and not _plain(raw[p]).startswith(_ARTICLE)
        and not (p > 0 and joined(text, p - 1) and _listed(raw[p - 1], _TITLES))
    )


# Adjectives of kind, size, age and colour, without the article, masculine and feminine,
# that Arabic gives no person as a name (not جميل, نادر, كبير: Jamil, Nader, Kabir; nor
# جديد, Jadid): after a noun they describe it as one thing of a kind (عصفورة صغيرة, a
# little sparrow; سنور بري, a wildcat). A name is definite: its adjective takes the
# article (بوتين الروسي).
_ADJECTIVES = _words(
    """
    صغير صغيرة بري برية قديم قديمة طويل طويلة قصير قصيرة ضخم ضخمة أليف أليفة مفترس مفترسة
    أبيض بيضاء أسود سوداء أحمر حمراء أخضر خضراء أزرق زرقاء أصفر صفراء رمادي رمادية
    ذهبي ذهبية فضي فضية خشبي خشبية
    """
)


def _before_an_adjective(text: FieldText, p: int) -> bool:
    """Whether the Arabic word at ``p``, without the article, stands right before an
    adjective of _ADJECTIVES without one that no definite word follows (a construct's head
    and its noun, ``صغير السن``, young, may follow a name): an indefinite noun it describes."""
    raw, last = text.raw, len(text.raw) - 1
    if p >= last or not is_arabic(raw[p]) or not joined(text, p):
        return False
    if _plain(raw[p + 1]) not in _ADJECTIVES or _plain(raw[p]).startswith(_ARTICLE):
        return False
    return not (p + 1 < last and joined(text, p + 1) and _plain(raw[p + 2]).startswith(_ARTICLE))


# A name ending in -i, one consonant and -a: Arabic writes its long i (شاكيرا Shakira,
# كاميلا Kamila; كريمة), while a word with the i left out and a final alif is an
# adjective's or noun's indefinite accusative (شاكرا thankful, شكرا thanks, سالما safe).
_FINAL_ICA = re.compile("[iy][b-df-hj-np-tvxz]a$")  # not a glide: Amarasuriya
_LONG_I = "ي"


def _accusative_without_i(word: str) -> bool:
    """Whether the Arabic-script ``word`` ends in an alif after consonants (one sound may
    take two letters: تس, ts) that no ي stands before (شاكرا, not شاكيرا, شويتسا)."""
    plain = _plain(word)
    if not is_arabic(word) or len(plain) < _LEAST_ACCUSATIVE or plain[-1] != _ACCUSATIVE:
        return False
    stem = plain[:-1].rstrip(_CONSONANT_LETTERS)
    return len(stem) < len(plain) - 1 and not stem.endswith(_LONG_I)


_LEAST_ACCUSATIVE = 4  # letters of such a word: a stem of three and its alif

# Arabic letters that write no vowel (not alif, waw, ya, their hamza seats, nor ta marbuta).
_CONSONANT_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B) if chr(c) not in "اويىأإآءئؤة")


# The marks of tanwin, an indefinite Arabic noun's or adjective's case ending (مصراً,
# insisting; مبلولاً, wet; كتابٌ, a book): a name, foreign or written as one, never takes it.
# A search, not a set test: a set iterating an Arabic word makes a string of each letter.
_TANWIN = re.compile("[\u064b\u064c\u064d]")


# Any character of the Arabic blocks (script's ranges, with marks, digits and signs).
_ARABIC_BLOCKS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")


def _any_arabic(raw: list[str], positions: Positions) -> bool:
    """Whether a word at ``positions`` holds a character of the Arabic blocks: every check
    of in_arabic_context needs one there (an Arabic word, tanwin, the article)."""
    search = _ARABIC_BLOCKS.search
    return any(search(raw[p]) is not None for p in positions)


def _with_tanwin(word: str) -> bool:
    """Whether the Arabic-script ``word`` bears a tanwin mark (see _TANWIN)."""
    return _TANWIN.search(word) is not None


# "In a manner", "in a way": Arabic makes an adverb of an adjective after them (بشكل سليم,
# soundly; بصورة كاملة, completely), which a name never follows.
_MANNERS = _words("بشكل وبشكل بصورة وبصورة بطريقة وبطريقة")


def _adjective_of_a_definite_noun(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the Arabic word at ``p`` has the article, is an ordinary word Arabic writes
    often (COMMON) and follows a word with the article that closes no title's office (see
    _after_a_title) nor is a nationality word: Arabic puts an adjective after its noun with
    the article both take (``التقدم المحرز``, the progress achieved)."""
    raw = text.raw
    if p == 0 or not joined(text, p - 1) or not is_arabic(raw[p - 1]):
        return False
    if not _plain(raw[p]).startswith(_ARTICLE) or not _definite(raw[p - 1]):
        return False
    if arabic_zipf(raw[p]) < COMMON:
        return False
    if _listed(raw[p - 1], _FAITH) or _plain(raw[p - 1]) in _nationality_words():
        return False
    # the second part of a compound given name (عبد الفتاح, أبو الفضل) before the surname
    if p > 1 and joined(text, p - 2) and _listed(raw[p - 2], _GIVEN_PARTS):
        return False
    # A nationality word after an office's word, not its title nor another such adjective,
    # is the office's adjective (وزير الخارجية المصري, the Egyptian foreign minister); after
    # those it may be the surname (الدكتور المصري, رئيس الوزراء الفلسطيني المصري).
    if _nationality_after_an_office_word(raw[p - 1], raw[p]):
        return True
    # An office's words run on from its title (وزيرة الدولة للتعاون الدولي الخاطر); a noun
    # with ب or ك and the article (بالتقدم) is a verb's object, no office's word.
    return _with_article_after_preposition(raw[p - 1]) or not _after_a_title(text, p, language)


def _nationality_after_an_office_word(before: str, word: str) -> bool:
    """Whether ``word`` is a nationality word (see _nationality_words) after ``before``,
    which is no title nor a masculine nisba (see _adjective_of_a_definite_noun)."""
    return (
        _plain(word) in _nationality_words()
        and not _listed(before, _TITLES)
        and not _plain(before).endswith(_NISBA)
    )


def _with_article_after_preposition(word: str) -> bool:
    """Whether ``word`` has ب or ك joined to its article (a conjunction before or not) and
    is no title (``بالتقدم``; not ``باللواء``)."""
    return not _title_after_preposition(word) and any(
        plain.startswith(_WITH_ARTICLE) for plain in _readings(word)
    )


def _definite(word: str) -> bool:
    """Whether ``word`` has the article, a preposition or conjunction joined before it or
    not (``التقدم``, ``بالتقدم``, ``للتقدم``)."""
    return any(
        plain.startswith((_ARTICLE, _LI_ARTICLE, *_WITH_ARTICLE)) for plain in _readings(word)
    )


def _given_name(word: str, language: str | None) -> bool:
    """Whether ``word`` may be a given name: a listed one or a word Arabic seldom writes
    (see _seldom_written)."""
    return _listed(word, _GIVEN_NAMES, _WORD_NAMES) or _seldom_written(word, language)


def _after_a_manner(text: FieldText, p: int) -> bool:
    """Whether the Arabic word at ``p`` stands right after a word of _MANNERS."""
    if p == 0 or not is_arabic(text.raw[p]) or not joined(text, p - 1):
        return False
    return _plain(text.raw[p - 1]) in _MANNERS


def _glide_left_out(word: str) -> bool:
    """Whether the Arabic-script ``word`` ends in ان without the ي a name's -ian has."""
    plain = _plain(word)
    return is_arabic(word) and plain.endswith("ان") and not plain.endswith("يان")


def _named_in_article(
    doc: AnalyzedDocument, word: str, start: Callable[[FieldText, int], int] | None
) -> bool:
    language = doc.language
    title = _definite_title(word)
    for name in DEFAULT_FIELDS:
        text = doc.fields[name]
        if any(
            text.raw[q] == word
            and (
                _after_a_given_name(text, start(text, q) if start else q, language)
                if title
                else _speaker_before_colon(text, q)
                or _before_a_descent(text, q)
                or _beside_a_name(text, start(text, q) if start else q, language)
            )
            for q in text.positions(fold(word))
        ):
            return True
    return False


# A title with the article that spells the name (الوزير, the minister, for Wazir; الشيخ,
# الملك): a verb of saying, a title or a person's noun before it is what stands before the
# title itself (``وقال الوزير إن``, the minister said; ``اجتمع السفير بالوزير``). It is the
# surname only after a given name (``كامل الوزير``, ``حسين الشيخ``).
def _definite_title(word: str) -> bool:
    """Whether ``word`` is a title of _TITLES with the article, a preposition or a
    conjunction joined or not (الوزير, للوزير, بالوزير, والوزير)."""
    if _title_after_preposition(word):
        return True
    return any(r.startswith(_ARTICLE) and r in _TITLES for r in _readings(word))


def _after_a_given_name(text: FieldText, p: int, language: str | None) -> bool:
    """Whether a given name stands right before ``p``: a listed one, a word Arabic seldom
    writes (a foreign given name) or the last part of a compound one (عبد الفتاح)."""
    raw = text.raw
    if p == 0 or not joined(text, p - 1) or not is_arabic(raw[p - 1]):
        return False
    before = raw[p - 1]
    if _listed(before, _GIVEN_NAMES, _WORD_NAMES):
        return True
    if _seldom_written(before, language) and not _common_accusative(before):
        return True
    return p > 1 and joined(text, p - 2) and _listed(raw[p - 2], _GIVEN_PARTS)


def _common_accusative(word: str) -> bool:
    """Whether ``word`` is the indefinite accusative of a word Arabic writes often (its
    final alif: ``استجوابا``, an inquiry), which is seldom written only so."""
    plain = _plain(word)
    return plain.endswith(_ACCUSATIVE) and arabic_zipf(plain[:-1]) >= COMMON


# A person's descent, after the name (``وصعب من أصل لبناني``, Saab, of Lebanese descent):
# من أصل and a relative adjective without the article (a count's من أصل takes a number:
# ``خمسة من أصل عشرة``, five out of ten).
_FROM = "من"
_ORIGIN = _words("أصل اصل أصول اصول")
_NISBA_ENDINGS = (_MY, "ية")
_DESCENT_WORDS = 3  # من, أصل and the adjective


def _before_a_descent(text: FieldText, p: int) -> bool:
    """Whether a person's descent follows the word at ``p`` (see _ORIGIN)."""
    raw = text.raw
    if p + _DESCENT_WORDS >= len(raw) or not all(
        joined(text, q) for q in range(p, p + _DESCENT_WORDS)
    ):
        return False
    adjective = _plain(raw[p + _DESCENT_WORDS])
    return (
        _plain(raw[p + 1]) == _FROM
        and _listed(raw[p + 2], _ORIGIN)
        and adjective.endswith(_NISBA_ENDINGS)
        and not adjective.startswith(_ARTICLE)
    )


# Arabic news opens a headline or a sentence with a speaker's name and a colon before the
# words quoted (``باسيل: لن نمنح الثقة``, ``ذبيح الله مجاهد: كابل تريد``): a word there,
# closing at most this many words, is the name. Not one with the article: a topic is set
# so (``السلام: خيار استراتيجي``, peace: a strategic choice), a person's surname seldom.
_SPEAKER_WORDS = 3
_COLON = ":"


def _speaker_before_colon(text: FieldText, p: int) -> bool:
    """Whether the word at ``p``, without the article, is right before a colon that opens
    a quote, at most _SPEAKER_WORDS words into its field or sentence."""
    if p + 1 >= len(text.raw) or text.text[text.ends[p] : text.starts[p + 1]].strip() != _COLON:
        return False
    if _plain(text.raw[p]).startswith(_ARTICLE):
        return False
    first = max(p - _SPEAKER_WORDS + 1, 0)
    return any(
        opens_sentence(text, q) and all(joined(text, r) for r in range(q, p))
        for q in range(first, p + 1)
    )


def _beside_a_name(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the words before ``p`` in its clause are a name's neighbours: a verb of
    saying or meeting, a noun of a person's acts, the first part of a compound given name
    or a word Arabic seldom writes right before it; "that" with such a verb after it (see
    _THAT); or a title or given name a few words before (see _after_a_title)."""
    raw = text.raw
    if p == 0 or not joined(text, p - 1):
        return False
    before = raw[p - 1]
    if _listed(before, _VERBS, _ACTS, _NEXT_WORD_NAMES, _SAVING):
        return True
    if _seldom_written(before, language):
        return True
    if _after_a_feminine_verb(text, p):
        return True
    if p > 1 and _listed(raw[p - 2], _GIVEN_PARTS) and joined(text, p - 2):
        return True
    if p > 1 and _plain(before) in _FAITH and joined(text, p - 2):
        return True
    if _plain(before) in _THAT and _before_its_verb(text, p):
        return True
    if _listed(before, _WAS) and _before_already(text, p):
        return True
    if _after_was_and_a_given_name(text, p) and _before_already(text, p):
        return True
    if _li_after_a_persons_noun(text, p):
        return True
    if _listed(before, _ACCORDING_TO) and _closes_a_phrase(text, p):
        return True
    if _met_with(text, p):
        return True
    return _after_a_title(text, p, language) or _second_to_meet(text, p, language)


# Nouns of a meeting, a call or an interview, before "with" and the person met (``لقاء مع
# مشرف``, a meeting with Musharraf; ``اتصالا هاتفيا مع``, a phone call with), an adjective
# without the article between or not.
_MEETING_NOUNS = _words(
    """
    لقاء لقائه لقاءات اجتماع اجتماعه اجتماعا اتصال اتصالا مكالمة محادثات مباحثات مقابلة
    حوار قمة
    """
)
_WITH = "مع"


def _met_with(text: FieldText, p: int) -> bool:
    """Whether the word at ``p``, without the article, follows "with" after a noun of
    _MEETING_NOUNS (see there)."""
    raw = text.raw
    if p < 2 or _plain(raw[p - 1]) != _WITH or _plain(raw[p]).startswith(_ARTICLE):
        return False
    if not (joined(text, p - 2) and joined(text, p - 1)):
        return False
    if _listed(raw[p - 2], _MEETING_NOUNS):
        return True
    return (
        p > 2
        and joined(text, p - 3)
        and _listed(raw[p - 3], _MEETING_NOUNS)
        and not _plain(raw[p - 2]).startswith(_ARTICLE)
    )


_FEMININE = "ت"  # the ending of a verb's past with a feminine subject (حصلت, she obtained)
_FEMININE_NOUN = "ة"  # the ending of a feminine noun or adjective (صادقة)
_LEAST_VERB = 3  # letters of the past verb before its ending (not بنت, وقت, a noun)
# A feminine noun with a possessive joined, whose ة is written ت (ولايتي, my term): it
# agrees with the verb, an ordinary word.
_OWNED_FEMININE = ("تي", "ته", "تها", "تهم", "تهن", "تنا", "تك", "تكم", "تهما")


def _after_a_feminine_verb(text: FieldText, p: int) -> bool:
    """Whether the word at ``p``, without the article nor the feminine ending, follows a
    verb in the feminine past (a common word less its ت, a conjunction joined or not:
    ``وحصلت صادق``): an ordinary word there would agree with it (``صادقة``), so a
    masculine word is the subject, a woman's name. Not a word read as a noun with "my"
    (the ت may be "I", the word its object); not a plural's ات before the ت (انتخابات)."""
    raw = text.raw
    word = _plain(raw[p])
    if word.startswith(_ARTICLE) or word.endswith((_FEMININE_NOUN, *_OWNED_FEMININE)):
        return False
    if word.endswith(_MY) and arabic_zipf(word[:-1]) >= COMMON:
        return False  # "my" with a noun: the object (أرسلت سلامي, I sent my greeting)
    return any(
        len(verb) > _LEAST_VERB
        and verb.endswith(_FEMININE)
        and not verb.endswith(_ACCUSATIVE + _FEMININE)
        and not verb.startswith(_ARTICLE)
        and arabic_zipf(verb[:-1]) >= COMMON
        for verb in _readings(raw[p - 1])
    )


def _li_after_a_persons_noun(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` is ل joined to a word without the article, right after a
    noun of _LI_NOUNS or after one and a word without the article describing it (see
    _LI_NOUNS): ``بيان لحماد``, ``خسارة مؤلمة لجابر``; not before a word with the article,
    the genitive of a noun's construct (``رسالة لسلام العالم``, for world peace)."""
    raw = text.raw
    if not any(_li_bare(plain) for plain in _readings(raw[p])):
        return False
    if p + 1 < len(raw) and joined(text, p) and _plain(raw[p + 1]).startswith(_ARTICLE):
        return False
    if _listed(raw[p - 1], _LI_NOUNS):
        return True
    if _listed(raw[p - 1], _ACCORDING, _VOTING) and _closes_a_phrase(text, p):
        return True
    return (
        p > 1
        and joined(text, p - 2)
        and is_arabic(raw[p - 1])
        and not _plain(raw[p - 1]).startswith(_ARTICLE)
        and _listed(raw[p - 2], _LI_NOUNS)
    ) or _after_a_definite_persons_noun(text, p)


# An adjective agrees with its noun in definiteness: a noun of _LI_NOUNS with the article
# and an adjective with it (الأغنية الجديدة لرمضان, Ramadan's new song; الهدف الأول لقدوس,
# Kudus's first goal) are a phrase, and ل after it joins its owner.
_ARTICLE_LENGTH = len(_ARTICLE)


def _after_a_definite_persons_noun(text: FieldText, p: int) -> bool:
    """Whether a noun of _LI_NOUNS and an adjective, both with the article, stand right
    before ``p`` (see above)."""
    if p < 2 or not joined(text, p - 2):
        return False
    noun, adjective = _plain(text.raw[p - 2]), _plain(text.raw[p - 1])
    if not (noun.startswith(_ARTICLE) and adjective.startswith(_ARTICLE)):
        return False
    return noun[_ARTICLE_LENGTH:] in _LI_NOUNS


def _closes_a_phrase(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` closes its phrase: the field's last word, one before a mark,
    or one before فإن (see _ACCORDING)."""
    return p + 1 >= len(text.raw) or not joined(text, p) or _listed(text.raw[p + 1], _THEN)


def _li_bare(plain: str) -> bool:
    """Whether ``plain`` is ل joined to a word of at least _LEAST_STEM letters that does not
    open with the article (لل: ل drops the article's alef)."""
    return plain.startswith(_LI) and not plain.startswith(_LI_ARTICLE) and len(plain) > _LEAST_STEM


def _after_was_and_a_given_name(text: FieldText, p: int) -> bool:
    """Whether كان stands two words before ``p``, a word without the article between: the
    subject's given name (``وكانت خالدة ضياء قد``; see _WAS)."""
    raw = text.raw
    return (
        p > 1
        and joined(text, p - 2)
        and _listed(raw[p - 2], _WAS)
        and is_arabic(raw[p - 1])
        and not _plain(raw[p - 1]).startswith(_ARTICLE)
    )


def _before_already(text: FieldText, p: int) -> bool:
    """Whether قد follows the word at ``p`` after كان (see _WAS) and the word is without the
    article: a definite subject so written is a name (``وكان الجيش قد``: a noun)."""
    raw = text.raw
    return (
        p + 1 < len(raw)
        and joined(text, p)
        and _plain(raw[p + 1]) == _ALREADY
        and not _plain(raw[p]).startswith(_ARTICLE)
    )


def _before_its_verb(text: FieldText, p: int) -> bool:
    """Whether a verb only a person does follows the word at ``p`` (see _THAT)."""
    raw = text.raw
    return p + 1 < len(raw) and joined(text, p) and _listed(raw[p + 1], _PERSONS_VERBS)


def _second_to_meet(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word at ``p`` is "and the Y" (والـ, a noun: no verb takes the article)
    right after a word without the article that is no function word (the first person),
    in a clause of meeting: a verb of meeting or بين at most _MEETING_REACH words before
    (``بين كوهين والمنقوش``; not ``بين العقل والخاطر``, between mind and heart)."""
    raw = text.raw
    if p < 2 or not _plain(raw[p]).startswith("وال"):
        return False
    first = _plain(raw[p - 1])
    if first.startswith("ال") or first in arabic_function_words(language):
        return False
    for q in range(p - 2, max(-1, p - 2 - _MEETING_REACH), -1):
        if not joined(text, q):
            return False
        if _listed(raw[q], _MEETING):
            return True
    return False


def _after_a_title(text: FieldText, p: int, language: str | None) -> bool:
    """Whether a title or given name stands at most _TITLE_REACH words before ``p``, or a
    verb of saying or meeting before given names only (words without the article), joined
    by spaces and with no function word between but the عن of a member's party and
    "former" (``وزير الخارجية الفرنسي جان نويل``, ``رئيس الوزراء السابق سلام``, ``التقى
    نجيب``, ``النائبة عن حزب العمال``; not
    ``أعلنت الحكومة``, ``دعا البابا إلى``; nor across an armed unit's noun, which the name
    names: ``أعلنت كتائب القسام``, nor a clause of purpose: ``الوزير لتطييب الخواطر``)."""
    raw = text.raw
    if _construct_complement(text, p):
        return False
    function_words = arabic_function_words(language)
    given = True
    for q in range(p - 1, max(-1, p - 1 - _TITLE_REACH), -1):
        word = raw[q]
        if not joined(text, q) or not is_arabic(word) or _listed(word, _EPONYM_UNITS):
            return False
        # Listed words first: the function-word lists hold a few of them (قال said, عين
        # appointed), which stand before given names as the others do (قال رفيق الحريري).
        if _listed(word, _TITLES, _GIVEN_NAMES, _WORD_NAMES) or (given and _listed(word, _VERBS)):
            return True
        if _listed(word, _ROLES) and _plain(raw[q + 1]) in _nationality_words():
            return True
        if _title_after_preposition(word):  # ``اتصل باللواء موسوي``
            return True
        if given and _nationality_noun(text, q):  # ``فاز الباكستاني أرشد نديم``
            return True
        if _plain(word) in _OFFICE_ADJECTIVES:  # ``رئيس الوزراء السابق``: the office goes on
            given = False
            continue
        if _plain(word) in function_words:
            return _members_party(text, q)
        if _purpose(word) or _listed(word, _THAT_IT):  # the title's words ended before it
            return False
        given = given and not _plain(word).startswith("ال")
    return False


# Places whose nationality words the territories' Arabic names do not make (America and
# Britain are named as states there: الولايات المتحدة, المملكة المتحدة).
_MORE_PLACES = "أمريكا أميركا بريطانيا أفريقيا أوروبا"
_NISBA = "ي"  # the ending of a word of belonging (باكستان: باكستاني, Pakistani)
_LEAST_PLACE = 3  # letters of a place's word that makes one


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    """The Arabic nationality words with the article, masculine and feminine (الباكستاني,
    الكينية), made from CLDR's Arabic territory names: the place less its article and a
    final ا, ة or يا (كينيا: الكيني, روسيا: الروسي, السعودية: السعودي), and ي."""
    names = [*Locale("ar").territories.values(), *_MORE_PLACES.split()]
    found: set[str] = set()
    for word in (w for name in names for w in name.split() if len(w) >= _LEAST_PLACE):
        stem = word.removeprefix(_ARTICLE)
        for ending in ("يا", "ا", "ة"):
            if stem.endswith(ending):
                stem = stem.removesuffix(ending)
                break
        found.update((_ARTICLE + stem + _NISBA, _ARTICLE + stem + _NISBA + _FEMININE_NOUN))
    return frozenset(found)


def _nationality_noun(text: FieldText, q: int) -> bool:
    """Whether the word at ``q`` is a nationality word with the article (see
    _nationality_words) that opens its phrase, a noun for a person (``فاز الباكستاني``,
    the Pakistani won), not an adjective after a definite noun (``الشعب الفلسطيني``)."""
    if _plain(text.raw[q]) not in _nationality_words():
        return False
    if q == 0 or not joined(text, q - 1):
        return True
    before = _plain(text.raw[q - 1])
    return not before.startswith(_ARTICLE) and not before.endswith(_FEMININE_NOUN)


def _construct_complement(text: FieldText, p: int) -> bool:
    """Whether the word at ``p`` has the article and follows a title without it (``شيخ
    القبيلة``, the sheikh of the tribe: a title before a name takes the article, الشيخ),
    or a title and a feminine noun without it that is no title nor given name: the body
    the title heads and its complement (``رئيس هيئة الأركان``, the chief of the general
    staff), words of the office, not the name after it (``عائلة البرغوثي``, Barghouti's
    family, after no title, is)."""
    raw = text.raw
    before = raw[p - 1]
    plain = _plain(before)
    if not _plain(raw[p]).startswith(_ARTICLE):
        return False
    if _listed(before, _TITLES) and not plain.startswith(_ARTICLE):
        return True  # a title's own complement: ``شيخ القبيلة``, the tribe's sheikh
    return (
        p > 1
        and plain.endswith(_FEMININE_NOUN)
        and not plain.startswith(_ARTICLE)
        and not _listed(before, _TITLES, _GIVEN_NAMES, _WORD_NAMES)
        and joined(text, p - 2)
        and _listed(raw[p - 2], _TITLES)
    )


def _members_party(text: FieldText, q: int) -> bool:
    """Whether the function word at ``q`` is the عن of a member's party or seat, which
    stands between the title and the name (``النائبة عن حزب العمال``, the MP for the
    Labour party; not ``تحدث النائب عن سلام``, the MP spoke of peace)."""
    raw = text.raw
    return (
        0 < q < len(raw) - 1
        and _plain(raw[q]) == "عن"
        and _listed(raw[q - 1], _MEMBERS)
        and _listed(raw[q + 1], _PARTIES)
        and joined(text, q - 1)
        and joined(text, q)
    )


def _seldom_written(word: str, language: str | None) -> bool:
    """Whether ``word`` is a word Arabic seldom writes that may be a foreign given name: one
    with a vowel letter (Arabic spells a foreign name's vowels: ``جدعون``, ``ليز``), not a
    bare root of consonants (a rare Arabic verb or noun: ``ربض الأسد``, the lion crouched;
    ``رفرف السلام``, peace fluttered), nor a verbal noun whose ي is its pattern's (see
    _verbal_noun)."""
    plain = _plain(word)
    return (
        is_arabic(word)
        and not _VOWEL_LETTERS.isdisjoint(plain)
        and plain not in arabic_function_words(language)
        and arabic_zipf(word) < RARE
        and not _verbal_noun(plain)
    )


_VOWEL_LETTERS = frozenset("اويىآ")


def _purpose(word: str) -> bool:
    """Whether ``word`` is ل joined to a verbal noun تفعيل, "(in order) to do" (لتطييب,
    لتعزيز): it opens a clause of purpose, where an office's words do not go on."""
    plain = _plain(word)
    return plain.startswith("ل") and _verbal_noun(plain[1:])


def _verbal_noun(plain: str) -> bool:
    """Whether ``plain``, a preposition or conjunction joined or not, has the shape of the
    verbal noun تفعيل (ت, a consonant, a root letter, ي, a root letter: تطييب, لتطييب
    "to soothe", تدشين): a rare one is an Arabic word, not a foreign given name, whose
    vowel letters stand elsewhere (تيريز)."""
    return any(
        len(stem) == 5 and stem[0] == "ت" and stem[1] not in _VOWEL_LETTERS and stem[3] == "ي"
        for stem in arabic_forms(plain)
    )


@lru_cache(maxsize=50_000)
def _readings(word: str) -> tuple[str, ...]:
    """``word`` without marks and Persian letters, and without a joined conjunction if it
    may have one (وأضاف -> أضاف; وزير stays too)."""
    plain = _plain(word)
    if len(plain) > 3 and plain[:1] in _CONJUNCTIONS:
        return plain, plain[1:]
    return (plain,)


# Prepositions joined to a word's article (بال, كال; ل's لل, which drops the article's
# alef): a title before a name takes the article, and a preposition before it then
# (``اتصل باللواء موسوي``, called General Mousavi; ``قال للرئيس عون``).
_WITH_ARTICLE = ("بال", "كال")
_LI_ARTICLE = "لل"


def _title_after_preposition(word: str) -> bool:
    """Whether ``word`` is a title of _TITLES with the article, a preposition joined to it
    (a conjunction before them or not): ``باللواء``, ``وللرئيس``."""
    found: list[str] = []
    for plain in _readings(word):
        if plain.startswith(_WITH_ARTICLE):
            found.append(_ARTICLE + plain[len(_WITH_ARTICLE[0]) :])
        elif plain.startswith(_LI_ARTICLE):
            # ل before an article on a word opening with ل writes one lam less (للواء).
            rest = plain[len(_LI_ARTICLE) :]
            found.extend((_ARTICLE + rest, _ARTICLE + "ل" + rest))
    return any(title in _TITLES for title in found)


def _listed(word: str, *lists: frozenset[str]) -> bool:
    return any(reading in found for reading in _readings(word) for found in lists)
