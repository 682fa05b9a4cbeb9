// sbw_table_devset FOLDER [--qt-only]: writes the generated table development set
// (support/table_devset.h) for the benchmark (`ninja -C build bench`) and the suite.

#include <QGuiApplication>
#include <cstdio>
#include <exception>

#include "support/table_devset.h"

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2 || args.at(1).startsWith('-')) {
    std::fprintf(stderr, "usage: sbw_table_devset FOLDER [--qt-only]\n");
    return 2;
  }
  try {
    const int count = sbw::test::writeTableDevSet(args.at(1), !args.contains(QStringLiteral("--qt-only")));
    std::printf("sbw_table_devset: %d documents in %s\n", count, qPrintable(args.at(1)));
    return 0;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "sbw_table_devset: %s\n", error.what());
    return 1;
  }
}
