#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace gigamap::test {

// A program run in its own process with a pipe to its stdin and one from its
// stdout, for tests that drive several editors at once or kill one. Killed
// (SIGKILL) and reaped on destruction if still running.
class ChildProcess {
public:
    ChildProcess(const std::string& program, const std::vector<std::string>& args);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    // The next line it printed (without the newline); empty at end of output.
    [[nodiscard]] std::string readLine();
    void writeLine(const std::string& line);
    void killHard();
    // Waits for it to end: its exit status, or -signal when a signal ended it.
    int wait();
    [[nodiscard]] pid_t pid() const { return pid_; }

private:
    pid_t pid_ = -1;
    int in_ = -1;
    int out_ = -1;
    std::string buffered_;
    bool reaped_ = false;
    int status_ = 0;
};

}  // namespace gigamap::test
