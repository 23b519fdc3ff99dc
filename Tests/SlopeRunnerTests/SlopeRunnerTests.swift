import SlopeRunner
import Testing
