#include "xlsxwriter.h"
