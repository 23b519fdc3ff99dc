import SlopeDocument
import Testing
