#include "valueparser.h"
