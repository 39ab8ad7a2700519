/*
 * A part of a tool whose code loads when it is needed (React.lazy). While it loads, `fallback`
 * shows. If its code cannot load (the connection dropped, or the site changed while the page
 * was open), a kind message takes its place: the rest of the tool stays on screen and working,
 * instead of React removing the whole tool.
 */
import { Component, Suspense, type ReactNode } from 'react';

interface LoadPartProps {
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

export class LoadPart extends Component<LoadPartProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="notice" role="alert">
          <p>This part of the page did not load.</p>
          <p>Check your internet connection. Then reload the page.</p>
        </div>
      );
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}
