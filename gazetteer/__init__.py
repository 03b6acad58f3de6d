"""Offline gazetteer: place names in any spelling -> coordinates, province, precision.

    from gazetteer import default_gazetteer
    gz = default_gazetteer()
    gz.resolve("Jisr ash-Shughour", countries=("SY",)).place
"""
from .model import ADMIN1, COUNTRY, POINT, Place, Resolution
from .resolver import Gazetteer, default_gazetteer
from .mentions import Mention

__all__ = ["ADMIN1", "COUNTRY", "POINT", "Gazetteer", "Mention", "Place", "Resolution",
           "default_gazetteer"]
