"""Surnames written before the given name: Chinese, Korean and Vietnamese names.

A one-word name term found in another spelling right before a capitalised word is usually a
given name there (``Sissy Spacek`` is not ``Sisi``; see capitals.as_surnames), but these
names put the family name first: ``Си Цзиньпин``, ``Ли Цян``, ``Ким Чен Ын`` are Xi, Li and
Kim. The most common family names in their usual Latin spellings (pinyin, the Korean
spellings news uses, Vietnamese without its marks), folded as the rule index folds words.
"""

from __future__ import annotations

_CHINESE = (
    "bai bo cai cao chen cheng cui dai deng ding dong du duan fan fang feng fu gao ge gong"
    " gu guo han hao he hong hou hu hua huang jia jiang jin kong lai lei li liang liao lin"
    " liu long lu luo ma mao meng mo pan peng qi qian qin qiu ren shao shen shi song su sun"
    " tan tang tao tian wan wang wei wen wu xi xia xiang xiao xie xiong xu xue yan yang yao"
    " ye yin yu yuan zeng zhang zhao zheng zhong zhou zhu zou"
)
_KOREAN = (
    "ahn an bae baek cho choe choi chung han hong hwang jang jeon jeong jo jung kang kim"
    " ko kwon lee lim moon mun nam oh pak park ryu seo shin son yoo yoon yun"
)
_VIETNAMESE = "bui dang do duong ho hoang huynh le ngo nguyen pham phan tran truong vo vu"

SURNAME_FIRST: frozenset[str] = frozenset(f"{_CHINESE} {_KOREAN} {_VIETNAMESE}".split())
KOREAN_SURNAMES: frozenset[str] = frozenset(_KOREAN.split())
CHINESE_SURNAMES: frozenset[str] = frozenset(_CHINESE.split())
VIETNAMESE_SURNAMES: frozenset[str] = frozenset(_VIETNAMESE.split())
