#pragma once

#include <QMainWindow>

/** Tailor's main window. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
