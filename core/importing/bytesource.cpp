#include "bytesource.h"
