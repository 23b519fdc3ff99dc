import SlopeCalculus
import Testing
