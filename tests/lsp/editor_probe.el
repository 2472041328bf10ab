;;; editor_probe.el --- driven by test_editors.py  -*- lexical-binding: t -*-
;; After the README's configuration ($WAC_SNIPPET) is loaded: opens $WAC_FILE,
;; starts the client named by $WAC_CLIENT (eglot or lsp-mode), waits for
;; wac-lint's diagnostics, saves the buffer when $WAC_SAVE is set (so that a
;; fix-on-save hook runs) and writes what it saw to $WAC_OUT as JSON.
(require 'json)
(require 'cl-lib)

(defun wac-probe-write (data)
  (with-temp-file (getenv "WAC_OUT") (insert (json-encode data))))

(defun wac-probe-wait (predicate)
  (let ((tries 0))
    (while (and (< tries 300) (not (funcall predicate)))
      (accept-process-output nil 0.1)
      (setq tries (1+ tries)))))

(defun wac-probe-codes ()
  (if (equal (getenv "WAC_CLIENT") "eglot")
      (mapcar (lambda (d)
                (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code))
              (flymake-diagnostics))
    (mapcar (lambda (d) (lsp:diagnostic-code? d))
            (gethash (lsp--fix-path-casing (buffer-file-name)) (lsp-diagnostics t)))))

(condition-case err
    (let ((client (getenv "WAC_CLIENT")))
      (if (equal client "eglot")
          (require 'eglot)
        ;; Batch mode has no mode line or header line for these to draw in.
        (setq lsp-modeline-workspace-status-enable nil
              lsp-modeline-diagnostics-enable nil
              lsp-modeline-code-actions-enable nil
              lsp-headerline-breadcrumb-enable nil
              lsp-lens-enable nil
              lsp-enable-file-watchers nil
              lsp-auto-guess-root t
              lsp-session-file (expand-file-name "lsp-session" (getenv "HOME")))
        (require 'lsp-mode))
      (load (getenv "WAC_SNIPPET"))
      (find-file (getenv "WAC_FILE"))
      (python-mode)
      (if (equal client "eglot")
          (progn (eglot-ensure) (run-hooks 'post-command-hook))
        (lsp))
      (wac-probe-wait #'wac-probe-codes)
      (let ((codes (sort (wac-probe-codes) #'string<))
            (saved nil))
        (when (getenv "WAC_SAVE")
          ;; As after typing: an unmodified buffer is not saved, and runs no hooks.
          (set-buffer-modified-p t)
          (save-buffer)
          (setq saved t))
        (wac-probe-write (list (cons 'codes (vconcat codes)) (cons 'saved saved)))))
  (error (wac-probe-write (list (cons 'error (format "%S" err))))))
(kill-emacs 0)
;;; editor_probe.el ends here
