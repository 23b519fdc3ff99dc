// The derivative engine's pure mathematics lives in this module.
