import SlopeLanguage
import Testing
