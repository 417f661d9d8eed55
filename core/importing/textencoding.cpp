#include "textencoding.h"
