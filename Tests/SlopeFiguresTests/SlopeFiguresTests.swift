import SlopeFigures
import Testing
