""""Wat kan ik nu doen?": the checklist from `content/teksten/stappen.toml`, chosen by the situation."""

from __future__ import annotations

from typing import Any

from switchwijzer.engine.situatie import Situatie
from switchwijzer.engine.uitkomst import Uitkomst
from switchwijzer.uitleg.namen import TOESLAGEN
from switchwijzer.uitleg.teksten import Zin, lees_toml, plat, voldoet, zin


def toeslagen_veranderen(uitkomst: Uitkomst) -> bool:
    if uitkomst.nu is None or uitkomst.straks is None:
        return False
    for naam in TOESLAGEN:
        voor, na = uitkomst.nu.regel(naam), uitkomst.straks.regel(naam)
        if (voor.bedrag if voor else 0) != (na.bedrag if na else 0):
            return True
    return False


def _velden(situatie: Situatie, uitkomst: Uitkomst) -> dict[str, Any]:
    velden = plat(situatie)
    velden["uitkomst.toeslagen_veranderen"] = toeslagen_veranderen(uitkomst)
    velden["uitkomst.winst_minstens_10_procent"] = uitkomst.winst_minstens_10_procent
    return velden


def stappen(situatie: Situatie, uitkomst: Uitkomst) -> list[Zin]:
    velden = _velden(situatie, uitkomst)
    return [
        zin({k: v for k, v in stap.items() if k in ("nl", "en")})
        for stap in lees_toml("teksten/stappen.toml")["stappen"]
        if voldoet(stap.get("als", {}), velden)
    ]
