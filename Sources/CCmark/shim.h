#ifndef SLOPE_CCMARK_SHIM_H
#define SLOPE_CCMARK_SHIM_H

#include <cmark.h>

#endif
