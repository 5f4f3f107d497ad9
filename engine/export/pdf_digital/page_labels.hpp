#pragma once
// Page labels (ISO 32000-1 12.4.2): the viewer's page box shows the printed folios.
#include <qpdf/QPDF.hh>

#include "export/pdf_digital/page_plan.hpp"

namespace exporter::pdf_digital {

// Sets /PageLabels on the catalog from the plan's labels: consecutive decimal labels make one
// /D range, any other label is a prefix of its own; the tree always starts at page 0.
void set_page_labels(QPDF& pdf, const PagePlan& plan);

}  // namespace exporter::pdf_digital
