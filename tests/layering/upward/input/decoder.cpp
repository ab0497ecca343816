// A lower layer reaching up: the layering check must refuse this include.
#include "steps/verdict.h"

int decoded()
{
    return verdict();
}
